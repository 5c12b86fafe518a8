package juece.report;

import static juece.text.Texts.get;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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

/** The plan in Markdown, for review comments: per dossier a table of steps, one of duties, one of scheduled dates. */
public final class PlanMarkdownReporter implements PlanReporter {
    private PrintWriter w;
    private Lang lang;
    private PlanReport.Header header;

    @Override
    public void start(PlanReport.Header header, Lang lang, OutputStream out) {
        this.header = header;
        this.lang = lang;
        this.w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.println("# juece plan");
        w.println();
    }

    private static String cell(String s) {
        return Escape.markdown(s);
    }

    @Override
    public void dossier(DossierPlan p) {
        DossierResult d = p.result();
        w.println("## " + cell(d.heading()));
        w.println();
        w.println(cell(d.file()) + (d.kind() == null ? "" : " · " + d.kind().label(lang)));
        w.println();
        if (p.invalid()) {
            w.println("**" + get("plan.report.invalid", lang) + "**");
            w.println();
            for (Finding f : d.findings()) {
                w.println("- " + f.position().line() + ":" + f.position().column() + " " + cell(f.message(lang)));
            }
            w.println();
            return;
        }
        p.next().ifPresent(n -> {
            w.println("**" + TextReporter.fill("plan.report.next", lang, "date", n.date(),
                    "bound", get("plan.bound.label." + n.bound().id(), lang), "title", get("plan.duty." + n.id(), lang),
                    "duty", "`" + n.id() + "`") + "**");
            w.println();
        });
        w.println("### " + get("plan.report.steps", lang));
        w.println();
        w.println(lang == Lang.ZH ? "| 步骤 | 状态 | 理由 | 依据 |" : "| step | status | reason | basis |");
        w.println("|---|---|---|---|");
        for (PlannedStep s : p.steps()) {
            w.println("| " + s.step().label(lang) + " | " + get("plan.status.step." + s.shownStatus(header.tool().asOf()), lang) + " | "
                    + cell(s.reason().render(lang)) + " | " + cell(Law.render(s.basis(), lang)) + " |");
        }
        w.println();
        if (!p.duties().isEmpty()) {
            w.println("### " + get("plan.report.duties", lang));
            w.println();
            w.println(lang == Lang.ZH ? "| 义务 | 日期 | 状态 | 说明 | 依据 |" : "| duty | date | status | message | basis |");
            w.println("|---|---|---|---|---|");
            for (Duty u : p.duties()) {
                w.println("| " + get("plan.duty." + u.id(), lang) + " `" + u.id() + "` | "
                        + get("plan.bound.label." + u.bound().id(), lang) + " " + (u.date() == null ? "?" : u.date()) + " | "
                        + get("plan.status.duty." + u.status().id(), lang) + " | " + cell(u.message().render(lang)) + " | "
                        + cell(Law.render(u.basis(), lang)) + " |");
            }
            w.println();
        }
        if (!p.schedule().isEmpty()) {
            w.println("### " + TextReporter.fill("plan.report.schedule", lang, "targets", header.targets().toString()));
            w.println();
            w.println(lang == Lang.ZH ? "| 字段 | 日期 | 来源 | 状态 | 说明 |" : "| field | date | source | status | message |");
            w.println("|---|---|---|---|---|");
            for (Scheduled s : p.schedule()) {
                w.println("| `" + s.field() + "` | " + get("plan.bound.label." + s.bound().id(), lang) + " "
                        + (s.date() == null ? "?" : s.date()) + " | " + get("plan.source." + s.source().id(), lang)
                        + (s.rule() == null ? "" : " `" + s.rule() + "`") + " | " + get("plan.status.duty." + s.status().id(), lang)
                        + " | " + cell(s.message().render(lang)) + " |");
            }
            w.println();
        }
    }

    @Override
    public void finish(PlanSummary s) {
        var t = header.tool();
        w.println(TextReporter.fill("plan.report.summary", lang, "dossiers", s.dossiers(), "invalid", s.invalid(), "met", s.met(),
                "missed", s.missed(), "open", s.open(), "unknown", s.unknown(), "asOf", t.asOf(), "profile", t.profile(),
                "gate", t.gate() == null ? get("report.no-gate", lang) : t.gate().yaml()));
        w.flush();
    }
}
