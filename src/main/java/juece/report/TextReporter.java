package juece.report;

import static juece.text.Texts.get;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import juece.findings.DossierResult;
import juece.findings.Finding;
import juece.findings.RunReport;
import juece.findings.Summary;
import juece.law.Law;
import juece.text.Lang;
import juece.text.Template;

/**
 * The report a legal adviser reads: per dossier, each finding with its place ({@code file:line:column},
 * clickable in editors), severity, rule, what is wrong, and the article; then one summary line.
 */
public final class TextReporter implements Reporter {

    @Override
    public void write(RunReport report, Lang lang, OutputStream out) throws IOException {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        for (DossierResult d : report.dossiers()) {
            w.println(header(d, lang));
            for (Finding f : d.findings()) {
                w.printf("  %s:%d:%d  %s  %s%s%n", f.file(), f.position().line(), f.position().column(),
                        f.severity().label(lang), f.ruleId(),
                        f.waived() ? "  " + fill("report.waived", lang, "reason", f.waiver().reason()) : "");
                w.println("      " + f.message(lang));
                if (f.rule() != juece.catalog.Catalog.INVALID) {
                    w.println("      " + fill("report.basis", lang, "basis", Law.get().render(f.basis(), lang)));
                }
            }
            w.println();
        }
        w.println(summary(report, lang));
        w.flush();
    }

    /** The run in one sentence: counts, as-of, profile, gate, --fail-on. */
    static String summary(RunReport report, Lang lang) {
        Summary s = report.summary();
        RunReport.Tool t = report.tool();
        return fill("report.summary", lang, "dossiers", s.dossiers(), "passed", s.passed(), "failed", s.failed(),
                "invalid", s.invalid(), "error", s.error(), "warning", s.warning(), "info", s.info(),
                "waived", s.waived(), "asOf", t.asOf(), "profile", profiles(report),
                "failOn", t.failOn() == null ? "none" : t.failOn().id(),
                "gate", t.gate() == null ? get("report.no-gate", lang) : t.gate().yaml());
    }

    /** The profiles the dossiers were checked under (each dossier may name its own). */
    private static String profiles(RunReport report) {
        java.util.Set<String> used = new java.util.TreeSet<>();
        report.dossiers().forEach(d -> {
            if (d.profile() != null) {
                used.add(d.profile());
            }
        });
        return used.isEmpty() ? report.tool().profile() : String.join("、", used);
    }

    private static String header(DossierResult d, Lang lang) {
        String status = get("report.status." + d.status().id(), lang);
        if (d.id() == null || d.kind() == null) {
            return d.file() + "  " + status;
        }
        return d.file() + "  " + d.id() + "  " + d.title() + (lang == Lang.ZH ? "（" : " (") + d.kind().label(lang)
                + (lang == Lang.ZH ? "）  " : ")  ") + status;
    }

    private static String fill(String key, Lang lang, Object... args) {
        return Template.fill(get(key, lang), juece.text.Args.of(args), lang);
    }
}
