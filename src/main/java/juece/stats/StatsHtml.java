package juece.stats;

import static juece.report.Escape.html;
import static juece.text.Texts.get;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import juece.facts.Kind;
import juece.law.Law;
import juece.text.Lang;

/**
 * The year's figures as one printable page: no script, no network, a CJK font stack; the rates
 * drawn against 100% and the counts month by month as inline SVG; every value escaped.
 */
final class StatsHtml {
    private static final int BAR = 360;

    private StatsHtml() {
    }

    static void write(StatsReport r, OutputStream out) throws IOException {
        Lang lang = r.lang();
        StringBuilder b = new StringBuilder(64 * 1024);
        String title = StatsText.fill("stats.title", lang, "year", r.year());
        b.append("<!DOCTYPE html>\n<html lang=\"").append(lang == Lang.ZH ? "zh-CN" : "en").append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"juece ").append(html(r.tool().version())).append("\">\n<title>")
                .append(html(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<header>\n<h1>")
                .append(html(title)).append("</h1>\n<p class=\"meta\">")
                .append(html(StatsText.fill("stats.meta", lang, "version", r.tool().version(), "asOf", r.tool().asOf(), "profile", r.profilesShown(lang))))
                .append("</p>\n");
        StatsReport.Inputs in = r.inputs();
        b.append("<p class=\"inputs\">").append(html(StatsText.fill("stats.inputs", lang, "dossiers", in.dossiers(), "rows", in.ledgerRows(),
                "year", r.year(), "md", in.countedMajorDecisions(), "nd", in.countedNormativeDocuments(), "other", in.otherYears(),
                "unknownYear", in.unknownYear(), "excluded", in.excluded(), "invalid", in.invalid(), "joined", in.joined()))).append("</p>\n</header>\n<main>\n");
        section(b, get("stats.section.paragraph", lang));
        b.append("<p class=\"paragraph\">").append(html(Paragraph.of(r))).append("</p>\n");
        for (Kind kind : Kind.values()) {
            section(b, get(kind == Kind.MAJOR_DECISION ? "stats.section.md" : "stats.section.nd", lang));
            List<StatsReport.Figure> figures = r.indicators().stream().filter(f -> f.indicator().kind() == kind).toList();
            table(b, figures, lang, true);
            b.append(rates(figures, lang));
        }
        if (r.disclosure() != null) {
            StatsReport.Disclosure d = r.disclosure();
            section(b, get("stats.section.disclosure", lang));
            b.append("<p>").append(html(StatsText.fill("stats.disclosure", lang, "issued", d.issued(), "abolished", d.abolished(), "inForce", d.inForce())));
            if (d.unknown() > 0) {
                b.append(lang == Lang.ZH ? "；" : "; ").append(html(StatsText.fill("stats.unknown", lang, "n", d.unknown())));
            }
            b.append("</p>\n");
        }
        section(b, get("stats.section.months", lang));
        b.append(months(r.months(), lang));
        section(b, get("stats.section.rules", lang));
        if (r.rules().isEmpty()) {
            b.append("<p>").append(html(get("stats.none", lang))).append("</p>\n");
        } else {
            b.append("<table class=\"rules\"><tr><th>").append(html(get("stats.col.rule", lang))).append("</th><th>")
                    .append(html(get("stats.col.dossiers", lang))).append("</th></tr>\n");
            for (StatsReport.RuleCount c : r.rules()) {
                b.append("<tr><td><code>").append(html(c.rule())).append("</code></td><td class=\"n\">").append(c.dossiers()).append("</td></tr>\n");
            }
            b.append("</table>\n");
        }
        section(b, get("stats.section.shortfalls", lang));
        boolean any = false;
        for (StatsReport.Shortfall s : r.shortfalls()) {
            if (!s.dossiers().isEmpty()) {
                any = true;
                refs(b, s.indicator().label(lang) + " (" + s.indicator().id() + ")", s.dossiers(), lang);
            }
        }
        if (!any) {
            b.append("<p>").append(html(get("stats.none", lang))).append("</p>\n");
        }
        if (!r.byAuthority().isEmpty()) {
            section(b, get("stats.section.authority", lang));
            for (StatsReport.AuthorityFigures a : r.byAuthority()) {
                b.append("<h3>").append(html(a.authority())).append("</h3>\n");
                table(b, a.indicators().stream().filter(f -> f.numerator() > 0 || f.unknown() > 0
                        || f.denominator() != null && f.denominator() > 0).toList(), lang, false);
            }
        }
        StatsReport.Unmatched u = r.unmatched();
        if (!u.rows().isEmpty() || !u.dossiers().isEmpty()) {
            section(b, get("stats.section.unmatched", lang));
            refs(b, get("stats.unmatched.rows", lang), u.rows(), lang);
            refs(b, get("stats.unmatched.dossiers", lang), u.dossiers(), lang);
        }
        if (!r.ledgers().isEmpty()) {
            section(b, get("stats.section.ledgers", lang));
            b.append("<ul>\n");
            for (StatsReport.LedgerSummary l : r.ledgers()) {
                b.append("<li>").append(html(StatsText.fill("stats.ledger", lang, "file", l.file(), "rows", l.rows(),
                        "missing", l.missing().isEmpty() ? get("stats.none", lang) : String.join(", ", l.missing())))).append("</li>\n");
            }
            b.append("</ul>\n");
        }
        b.append("</main>\n<footer>").append(html(get("stats.footer", lang))).append("</footer>\n</body>\n</html>\n");
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(b.toString());
        w.flush();
    }

    private static void section(StringBuilder b, String title) {
        b.append("<h2>").append(html(title)).append("</h2>\n");
    }

    private static void table(StringBuilder b, List<StatsReport.Figure> figures, Lang lang, boolean withBasis) {
        b.append("<table><tr><th>").append(html(get("stats.col.indicator", lang))).append("</th><th>id</th><th>")
                .append(html(get("stats.col.figure", lang))).append("</th><th>").append(html(get("stats.col.unknown", lang))).append("</th>");
        if (withBasis) {
            b.append("<th>").append(html(get("stats.col.basis", lang))).append("</th>");
        }
        b.append("</tr>\n");
        for (StatsReport.Figure f : figures) {
            b.append("<tr data-indicator=\"").append(html(f.indicator().id())).append("\"><td>").append(html(f.indicator().label(lang)))
                    .append("</td><td><code>").append(html(f.indicator().id())).append("</code></td><td class=\"n\">")
                    .append(html(Numbers.figure(f, lang))).append("</td><td class=\"n\">").append(f.unknown()).append("</td>");
            if (withBasis) {
                b.append("<td>").append(html(Law.render(f.basis(), lang)));
                String bench = f.indicator().benchmark(lang);
                if (bench != null) {
                    b.append("<br><span class=\"benchmark\">").append(html(get("stats.benchmark", lang))).append("</span> ").append(html(bench));
                }
                b.append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</table>\n");
    }

    /** Each rate as a bar against 100%, its figure beside it. */
    static String rates(List<StatsReport.Figure> figures, Lang lang) {
        List<StatsReport.Figure> rates = figures.stream().filter(f -> f.denominator() != null).toList();
        int rowH = 24;
        int labelW = 150;
        int width = labelW + BAR + 190;
        int height = rates.size() * rowH + 8;
        StringBuilder s = new StringBuilder();
        s.append("<figure><svg class=\"rates\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" role=\"img\" aria-label=\"")
                .append(html(get("stats.chart.rates", lang))).append("\">\n");
        int y = 4;
        for (StatsReport.Figure f : rates) {
            long den = f.denominator();
            double rate = den == 0 ? 0 : (double) f.numerator() / den;
            int filled = (int) Math.round(rate * BAR);
            s.append("<text x=\"0\" y=\"").append(y + 15).append("\">").append(html(f.indicator().label(lang))).append("</text>");
            s.append("<rect class=\"track\" x=\"").append(labelW).append("\" y=\"").append(y + 3).append("\" width=\"").append(BAR)
                    .append("\" height=\"16\"/>");
            if (filled > 0) {
                s.append("<rect class=\"").append(rate >= 1 ? "full" : "part").append("\" x=\"").append(labelW).append("\" y=\"").append(y + 3)
                        .append("\" width=\"").append(filled).append("\" height=\"16\"/>");
            }
            String label = Numbers.rate(f.numerator(), den, lang) + (f.unknown() > 0 ? (lang == Lang.ZH ? " 另有" + f.unknown() + "件不明" : " +" + f.unknown() + " not known") : "");
            s.append("<text x=\"").append(labelW + BAR + 8).append("\" y=\"").append(y + 15).append("\">").append(html(label)).append("</text>\n");
            y += rowH;
        }
        s.append("</svg><figcaption>").append(html(get("stats.chart.rates", lang))).append("</figcaption></figure>\n");
        return s.toString();
    }

    /** The year's counts month by month: major decisions and normative documents side by side. */
    static String months(List<StatsReport.Month> months, Lang lang) {
        int max = 1;
        for (StatsReport.Month m : months) {
            max = Math.max(max, Math.max(m.majorDecisions(), m.normativeDocuments()));
        }
        int chartH = 160;
        int slot = 48;
        int left = 30;
        int width = left + slot * 12 + 10;
        int top = 18; // room for the tallest bar's figure
        int height = top + chartH + 60;
        StringBuilder s = new StringBuilder();
        s.append("<figure><svg class=\"months\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" role=\"img\" aria-label=\"")
                .append(html(get("stats.chart.months", lang))).append("\">\n");
        int base = top + chartH + 10;
        s.append("<line class=\"axis\" x1=\"").append(left).append("\" y1=\"").append(base).append("\" x2=\"").append(width - 10)
                .append("\" y2=\"").append(base).append("\"/>\n");
        for (StatsReport.Month m : months) {
            int x = left + (m.month() - 1) * slot + 6;
            bar(s, "md", x, base, m.majorDecisions(), max, chartH);
            bar(s, "nd", x + 18, base, m.normativeDocuments(), max, chartH);
            s.append("<text class=\"tick\" x=\"").append(x + 17).append("\" y=\"").append(base + 16).append("\">")
                    .append(lang == Lang.ZH ? m.month() + "月" : String.valueOf(m.month())).append("</text>\n");
        }
        int ly = base + 36;
        s.append("<rect class=\"md\" x=\"").append(left).append("\" y=\"").append(ly - 10).append("\" width=\"12\" height=\"12\"/><text x=\"")
                .append(left + 16).append("\" y=\"").append(ly).append("\">").append(html(get("stats.col.md", lang))).append("</text>");
        s.append("<rect class=\"nd\" x=\"").append(left + 160).append("\" y=\"").append(ly - 10).append("\" width=\"12\" height=\"12\"/><text x=\"")
                .append(left + 176).append("\" y=\"").append(ly).append("\">").append(html(get("stats.col.nd", lang))).append("</text>\n");
        s.append("</svg><figcaption>").append(html(get("stats.chart.months", lang))).append("</figcaption></figure>\n");
        return s.toString();
    }

    private static void bar(StringBuilder s, String cls, int x, int base, int n, int max, int chartH) {
        int h = (int) Math.round((double) n / max * chartH);
        if (h > 0) {
            s.append("<rect class=\"").append(cls).append("\" x=\"").append(x).append("\" y=\"").append(base - h).append("\" width=\"16\" height=\"")
                    .append(h).append("\"/>");
        }
        if (n > 0) {
            s.append("<text class=\"value\" x=\"").append(x + 8).append("\" y=\"").append(base - h - 3).append("\">").append(n).append("</text>");
        }
    }

    private static void refs(StringBuilder b, String title, List<StatsReport.Ref> refs, Lang lang) {
        b.append("<details open><summary>").append(html(title)).append(lang == Lang.ZH ? "：" : ": ").append(refs.size()).append("</summary>\n<ul>\n");
        for (StatsReport.Ref ref : refs) {
            b.append("<li><span class=\"file\">").append(html(ref.file())).append(ref.line() > 0 ? ":" + ref.line() : "").append("</span> ")
                    .append(html(ref.id())).append(' ').append(html(ref.title())).append("</li>\n");
        }
        b.append("</ul></details>\n");
    }

    private static final String STYLE = """
              body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "SimSun", sans-serif; margin: 2rem auto; max-width: 1100px; color: #222; line-height: 1.55; padding: 0 1rem; }
              h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { font-size: 1.2rem; margin-top: 1.6rem; border-bottom: 1px solid #ddd; } h3 { font-size: 1rem; }
              .meta, .file, figcaption, footer { color: #666; font-size: .9rem; }
              .paragraph { background: #f7f9fc; border-left: 4px solid #1565c0; padding: .6rem .9rem; }
              table { border-collapse: collapse; width: 100%; margin: .6rem 0; font-size: .92rem; }
              th, td { border: 1px solid #ddd; padding: .3rem .5rem; text-align: left; vertical-align: top; } th { background: #f3f6fa; }
              td.n { text-align: right; white-space: nowrap; }
              .benchmark { display: inline-block; padding: 0 .4rem; border-radius: 3px; background: #fff3e0; color: #e65100; font-size: .8rem; }
              svg text { font-size: 12px; fill: #333; } svg .tick { text-anchor: middle; fill: #666; } svg .value { text-anchor: middle; font-size: 11px; }
              svg .track { fill: #eceff1; } svg .full { fill: #43a047; } svg .part { fill: #fb8c00; } svg .md { fill: #1565c0; } svg .nd { fill: #43a047; }
              svg .axis { stroke: #999; }
              figure { margin: .6rem 0; } svg { max-width: 100%; height: auto; }
              details summary { cursor: pointer; }
              footer { margin-top: 2rem; }
              @media print {
                body { margin: 0; max-width: none; }
                details::details-content { content-visibility: visible; display: block; }
                figure, tr { break-inside: avoid; }
                h2 { break-after: avoid; }
              }
            """;
}
