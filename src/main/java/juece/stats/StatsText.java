package juece.stats;

import static juece.text.Texts.get;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import juece.facts.Kind;
import juece.law.Law;
import juece.report.Escape;
import juece.text.Args;
import juece.text.Lang;
import juece.text.Template;

/** The year's figures for a terminal ({@code text}) or a review comment ({@code md}). */
final class StatsText {
    /** The most entries a list shows on a terminal; JSON and XLSX give every one. */
    static final int LIST_LIMIT = 20;

    private final boolean markdown;
    private Lang current;

    StatsText(boolean markdown) {
        this.markdown = markdown;
    }

    void write(StatsReport r, OutputStream out) throws IOException {
        Lang lang = r.lang();
        current = lang;
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        StatsReport.Inputs in = r.inputs();
        heading(w, 1, fill("stats.title", lang, "year", r.year()));
        w.println(fill("stats.meta", lang, "version", r.tool().version(), "asOf", r.tool().asOf(), "profile", r.profilesShown(lang)));
        w.println();
        w.println(fill("stats.inputs", lang, "dossiers", in.dossiers(), "rows", in.ledgerRows(), "year", r.year(),
                "md", in.countedMajorDecisions(), "nd", in.countedNormativeDocuments(), "other", in.otherYears(),
                "unknownYear", in.unknownYear(), "excluded", in.excluded(), "invalid", in.invalid(), "joined", in.joined()));
        w.println();
        heading(w, 2, get("stats.section.paragraph", lang));
        w.println(markdown ? Escape.markdown(Paragraph.of(r)) : Paragraph.of(r));
        w.println();
        for (Kind kind : Kind.values()) {
            heading(w, 2, get(kind == Kind.MAJOR_DECISION ? "stats.section.md" : "stats.section.nd", lang));
            indicators(w, r.indicators().stream().filter(f -> f.indicator().kind() == kind).toList(), lang, true);
            w.println();
        }
        if (r.disclosure() != null) {
            heading(w, 2, get("stats.section.disclosure", lang));
            StatsReport.Disclosure d = r.disclosure();
            w.println(fill("stats.disclosure", lang, "issued", d.issued(), "abolished", d.abolished(), "inForce", d.inForce())
                    + (d.unknown() > 0 ? (lang == Lang.ZH ? "；" : "; ") + fill("stats.unknown", lang, "n", d.unknown()) : ""));
            w.println();
        }
        heading(w, 2, get("stats.section.rules", lang));
        if (r.rules().isEmpty()) {
            w.println(get("stats.none", lang));
        }
        for (StatsReport.RuleCount c : r.rules().subList(0, Math.min(10, r.rules().size()))) {
            w.println(markdown ? "- `" + c.rule() + "` " + c.dossiers() : String.format("  %-44s %d", c.rule(), c.dossiers()));
        }
        w.println();
        heading(w, 2, get("stats.section.shortfalls", lang));
        boolean any = false;
        for (StatsReport.Shortfall s : r.shortfalls()) {
            if (s.dossiers().isEmpty()) {
                continue;
            }
            any = true;
            w.println((markdown ? "**" : "") + s.indicator().label(lang) + " (" + s.indicator().id() + ")" + (markdown ? "**" : "")
                    + (lang == Lang.ZH ? "：" : ": ") + s.dossiers().size());
            refs(w, s.dossiers());
        }
        if (!any) {
            w.println(get("stats.none", lang));
        }
        w.println();
        if (!r.byAuthority().isEmpty()) {
            heading(w, 2, get("stats.section.authority", lang));
            for (StatsReport.AuthorityFigures a : r.byAuthority()) {
                heading(w, 3, markdown ? Escape.markdown(a.authority()) : Escape.visible(a.authority()));
                indicators(w, a.indicators().stream().filter(f -> f.numerator() > 0 || f.unknown() > 0
                        || f.denominator() != null && f.denominator() > 0).toList(), lang, false);
            }
            w.println();
        }
        StatsReport.Unmatched u = r.unmatched();
        if (!u.rows().isEmpty() || !u.dossiers().isEmpty()) {
            heading(w, 2, get("stats.section.unmatched", lang));
            w.println(get("stats.unmatched.rows", lang) + (lang == Lang.ZH ? "：" : ": ") + u.rows().size());
            refs(w, u.rows());
            w.println(get("stats.unmatched.dossiers", lang) + (lang == Lang.ZH ? "：" : ": ") + u.dossiers().size());
            refs(w, u.dossiers());
            w.println();
        }
        if (!r.ledgers().isEmpty()) {
            heading(w, 2, get("stats.section.ledgers", lang));
            for (StatsReport.LedgerSummary l : r.ledgers()) {
                String line = fill("stats.ledger", lang, "file", Escape.visible(l.file()), "rows", l.rows(),
                        "missing", l.missing().isEmpty() ? get("stats.none", lang) : String.join(", ", l.missing()));
                w.println(markdown ? "- " + Escape.markdown(line) : "  " + line);
            }
            w.println();
        }
        w.println(markdown ? "_" + get("stats.footer", lang) + "_" : get("stats.footer", lang));
        w.flush();
    }

    private void heading(PrintWriter w, int level, String text) {
        if (markdown) {
            w.println("#".repeat(level) + " " + text);
            w.println();
        } else {
            w.println(level == 1 ? text : level == 2 ? "【" + text + "】" : "  " + text);
        }
    }

    private void indicators(PrintWriter w, List<StatsReport.Figure> figures, Lang lang, boolean withBasis) {
        if (markdown) {
            w.println("| " + get("stats.col.indicator", lang) + " | id | " + get("stats.col.figure", lang) + " | "
                    + get("stats.col.unknown", lang) + (withBasis ? " | " + get("stats.col.basis", lang) : "") + " |");
            w.println("|---|---|---|---|" + (withBasis ? "---|" : ""));
        }
        for (StatsReport.Figure f : figures) {
            String label = f.indicator().label(lang);
            String figure = Numbers.figure(f, lang);
            String basis = Law.render(f.basis(), lang);
            String bench = f.indicator().benchmark(lang);
            if (markdown) {
                w.println("| " + label + " | `" + f.indicator().id() + "` | " + figure + " | " + f.unknown()
                        + (withBasis ? " | " + Escape.markdown(basis) + (bench == null ? "" : "<br>" + get("stats.benchmark", lang) + ": "
                        + Escape.markdown(bench)) : "") + " |");
            } else {
                String unknown = f.unknown() > 0 ? (lang == Lang.ZH ? "，" : ", ") + fill("stats.unknown", lang, "n", f.unknown()) : "";
                w.println("  " + pad(label + "（" + f.indicator().id() + "）", 44) + figure + unknown);
                if (withBasis) {
                    w.println("      " + basis + (bench == null ? "" : (lang == Lang.ZH ? "；" : "; ") + get("stats.benchmark", lang)
                            + (lang == Lang.ZH ? "：" : ": ") + bench));
                }
            }
        }
    }

    private void refs(PrintWriter w, List<StatsReport.Ref> refs) {
        for (int i = 0; i < Math.min(LIST_LIMIT, refs.size()); i++) {
            StatsReport.Ref ref = refs.get(i);
            String where = ref.file() + (ref.line() > 0 ? ":" + ref.line() : "");
            String text = where + "  " + (ref.id() == null ? "" : ref.id()) + (ref.title() == null ? "" : "  " + ref.title());
            w.println(markdown ? "- " + Escape.markdown(text) : "    " + Escape.visible(text));
        }
        if (refs.size() > LIST_LIMIT) {
            w.println((markdown ? "- " : "    ") + fill("stats.more", current, "n", refs.size() - LIST_LIMIT));
        }
    }

    /** Width in terminal columns: a CJK character takes two. */
    private static String pad(String s, int width) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) > 0x2E80 ? 2 : 1;
        }
        return s + " ".repeat(Math.max(1, width - w));
    }

    static String fill(String key, Lang lang, Object... args) {
        return Template.fill(get(key, lang), Args.of(args), lang);
    }
}
