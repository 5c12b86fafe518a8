package juece.report;

import static juece.text.Texts.get;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import juece.catalog.Catalog;
import juece.findings.DossierResult;
import juece.findings.EvidenceRecord;
import juece.findings.Finding;
import juece.findings.RunReport;
import juece.findings.Summary;
import juece.law.Law;
import juece.text.Args;
import juece.text.Lang;
import juece.text.Template;

/**
 * The report a legal adviser reads: per dossier, each finding with its place ({@code file:line:column},
 * clickable in editors), severity, rule, what is wrong, and the article; then one summary line.
 */
public final class TextReporter implements Reporter {
    private PrintWriter w;
    private Lang lang;
    private RunReport.Tool tool;
    private final Set<String> profiles = new TreeSet<>();
    private int withOpenDuties;

    @Override
    public void start(RunReport.Tool tool, Catalog catalog, Lang lang, OutputStream out) {
        this.tool = tool;
        this.lang = lang;
        this.w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    @Override
    public void dossier(DossierResult d) {
        if (d.profile() != null) {
            profiles.add(d.profile());
        }
        // file names may hold control characters (dossier text cannot): never sent raw to a terminal
        w.println(Escape.visible(header(d, lang)));
        for (Finding f : d.findings()) {
            w.printf("  %s:%d:%d  %s  %s%s%n", Escape.visible(f.file()), f.position().line(), f.position().column(),
                    f.severity().label(lang), f.ruleId(),
                    f.waived() ? "  " + fill("report.waived", lang, "reason", f.waiver().reason()) : "");
            w.println("      " + Escape.visible(f.message(lang)));
            if (f.rule() != Catalog.INVALID) {
                w.println("      " + fill("report.basis", lang, "basis", Law.render(f.basis(), lang)));
            }
        }
        for (EvidenceRecord e : d.evidence()) {
            if (e.url() != null) {
                w.println("  " + Escape.visible(fill("report.public-record", lang, "title", e.title() == null ? e.id() : e.title(), "url", e.url())));
            }
        }
        w.println();
    }

    /**
     * How many dossiers have dated duties still open ({@code juece plan} lists them): the report ends
     * with one line pointing there. Told before {@link #finish}.
     */
    public void openDuties(int dossiers) {
        this.withOpenDuties = dossiers;
    }

    @Override
    public void finish(Summary summary) throws IOException {
        w.println(summary(tool, summary, profiles, lang));
        if (withOpenDuties > 0) {
            w.println(fill("report.plan-hint", lang, "count", withOpenDuties));
        }
        w.flush();
    }

    /** The run in one sentence: counts, as-of, the profiles used, gate, --fail-on. */
    static String summary(RunReport.Tool t, Summary s, Set<String> profiles, Lang lang) {
        return fill("report.summary", lang, "dossiers", s.dossiers(), "passed", s.passed(), "failed", s.failed(),
                "invalid", s.invalid(), "error", s.error(), "warning", s.warning(), "info", s.info(),
                "waived", s.waived(), "asOf", t.asOf(),
                "profile", profiles.isEmpty() ? t.runProfile(profiles) : String.join(lang == Lang.ZH ? "、" : ", ", profiles),
                "failOn", t.failOn() == null ? "none" : t.failOn().id(),
                "gate", t.gate() == null ? get("report.no-gate", lang) : t.gate().yaml());
    }

    /** The dossier's line: file, id and title, kind, the profile it was checked under, status. */
    private static String header(DossierResult d, Lang lang) {
        String status = get("report.status." + d.status().id(), lang);
        String profile = d.profile() == null ? "" : fill("report.profile", lang, "profile", d.profile()) + "  ";
        if (d.id() == null) {
            return d.file() + "  " + profile + status;
        }
        if (d.kind() == null) {
            return d.file() + "  " + d.heading() + "  " + profile + status;
        }
        return d.file() + "  " + d.heading("  ") + (lang == Lang.ZH ? "（" : " (") + d.kind().label(lang)
                + (lang == Lang.ZH ? "）  " : ")  ") + profile + status;
    }

    static String fill(String key, Lang lang, Object... args) {
        return Template.fill(get(key, lang), Args.of(args), lang);
    }
}
