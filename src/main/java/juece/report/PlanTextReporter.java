package juece.report;

import static juece.text.Texts.get;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import juece.findings.DossierResult;
import juece.findings.Finding;
import juece.law.Law;
import juece.plan.DossierPlan;
import juece.plan.Duty;
import juece.plan.PlanReport;
import juece.plan.PlanSummary;
import juece.plan.PlannedStep;
import juece.plan.Scheduled;
import juece.text.Lang;

/**
 * The plan a legal adviser reads: per dossier, the open duty due next, then each step in the order of
 * the procedure with its status and why, then each dated duty with its date, status, message and
 * article, and, with targets, the dates scheduled back from them; one summary line at the end.
 */
public final class PlanTextReporter implements PlanReporter {
    private PrintWriter w;
    private Lang lang;
    private PlanReport.Header header;
    private final Set<String> profiles = new TreeSet<>();

    @Override
    public void start(PlanReport.Header header, Lang lang, OutputStream out) {
        this.header = header;
        this.lang = lang;
        this.w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    @Override
    public void dossier(DossierPlan p) {
        DossierResult d = p.result();
        if (d.profile() != null) {
            profiles.add(d.profile());
        }
        if (p.invalid()) {
            w.println(Escape.visible(d.file() + (d.id() == null ? "" : "  " + d.heading()) + "  " + get("plan.report.invalid", lang)));
            for (Finding f : d.findings()) {
                w.printf("  %s:%d:%d  %s  %s%n", Escape.visible(f.file()), f.position().line(), f.position().column(),
                        f.severity().label(lang), f.ruleId());
                w.println("      " + Escape.visible(f.message(lang)));
            }
            w.println();
            return;
        }
        w.println(Escape.visible(d.file() + "  " + d.heading("  ") + (lang == Lang.ZH ? "（" : " (")
                + d.kind().label(lang) + (lang == Lang.ZH ? "）" : ")")));
        w.println("  " + p.next().map(n -> TextReporter.fill("plan.report.next", lang, "date", n.date(),
                "bound", get("plan.bound.label." + n.bound().id(), lang), "title", get("plan.duty." + n.id(), lang), "duty", n.id()))
                .orElse(get("plan.report.no-next", lang)));
        w.println("  " + get("plan.report.steps", lang));
        for (PlannedStep s : p.steps()) {
            w.println("    " + pad(get("plan.status.step." + s.shownStatus(header.tool().asOf()), lang), 8) + pad(s.step().label(lang), 12)
                    + Escape.visible(s.reason().render(lang)));
        }
        if (!p.duties().isEmpty()) {
            w.println("  " + get("plan.report.duties", lang));
        }
        for (Duty u : p.duties()) {
            w.println("    " + pad(get("plan.status.duty." + u.status().id(), lang), 8)
                    + get("plan.bound.label." + u.bound().id(), lang) + " " + (u.date() == null ? "?" : u.date()) + "  "
                    + get("plan.duty." + u.id(), lang) + "  " + u.id()
                    + (u.waiver() != null ? "  " + TextReporter.fill("plan.report.waived", lang, "reason", u.waiver().reason()) : ""));
            w.println("        " + Escape.visible(u.message().render(lang)));
            w.println("        " + TextReporter.fill("plan.report.basis", lang, "basis", Law.render(u.basis(), lang)));
        }
        if (!p.schedule().isEmpty()) {
            w.println("  " + TextReporter.fill("plan.report.schedule", lang, "targets", targets()));
            for (Scheduled s : p.schedule()) {
                w.println("    " + pad(get("plan.status.duty." + s.status().id(), lang), 8)
                        + get("plan.bound.label." + s.bound().id(), lang) + " " + (s.date() == null ? "?" : s.date()) + "  "
                        + s.field() + "  [" + get("plan.source." + s.source().id(), lang) + (s.rule() == null ? "" : " " + s.rule()) + "]");
                w.println("        " + Escape.visible(s.message().render(lang)));
                if (!s.basis().isEmpty()) {
                    w.println("        " + TextReporter.fill("plan.report.basis", lang, "basis", Law.render(s.basis(), lang)));
                }
            }
        }
        w.println();
    }

    private String targets() {
        List<String> t = new ArrayList<>();
        for (Map.Entry<juece.facts.Step, java.time.LocalDate> e : header.targets().entrySet()) {
            t.add(e.getKey().yaml() + "=" + e.getValue());
        }
        return String.join(", ", t);
    }

    /** Pads to {@code width} columns, a CJK character taking two. */
    static String pad(String s, int width) {
        int cols = 0;
        for (int i = 0; i < s.length(); i++) {
            cols += Character.UnicodeScript.of(s.codePointAt(i)) == Character.UnicodeScript.HAN
                    || s.charAt(i) >= '\u3000' && s.charAt(i) <= '\uFFEF' ? 2 : 1;
        }
        StringBuilder b = new StringBuilder(s);
        for (int c = cols; c < width; c++) {
            b.append(' ');
        }
        return b.append(' ').toString();
    }

    @Override
    public void finish(PlanSummary s) {
        var t = header.tool();
        w.println(TextReporter.fill("plan.report.summary", lang, "dossiers", s.dossiers(), "invalid", s.invalid(), "met", s.met(),
                "missed", s.missed(), "open", s.open(), "unknown", s.unknown(), "asOf", t.asOf(),
                "profile", profiles.isEmpty() ? t.profile() : String.join(lang == Lang.ZH ? "、" : ", ", profiles),
                "gate", t.gate() == null ? get("report.no-gate", lang) : t.gate().yaml()));
        w.flush();
    }

}
