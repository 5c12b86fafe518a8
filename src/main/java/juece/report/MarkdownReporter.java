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
import juece.law.Law;
import juece.text.Args;
import juece.text.Lang;
import juece.text.Template;

/** Markdown for review comments (merge requests, OA remarks): per dossier, a table of its findings. */
public final class MarkdownReporter implements Reporter {

    @Override
    public void write(RunReport report, Lang lang, OutputStream out) throws IOException {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.println("# " + get("md.title", lang));
        w.println();
        w.println(Escape.markdown(TextReporter.summary(report, lang)));
        for (DossierResult d : report.dossiers()) {
            w.println();
            String mark = switch (d.status()) {
                case PASS -> "✅";
                case FAIL -> "❌";
                case INVALID -> "⚠️";
            };
            w.println("## " + mark + " " + Escape.markdown(d.id() == null ? d.file() : d.id() + " " + d.title())
                    + " — " + get("report.status." + d.status().id(), lang));
            w.println();
            w.println("`" + d.file().replace("`", "'") + "`");
            if (d.findings().isEmpty()) {
                continue;
            }
            w.println();
            w.println("| " + get("md.where", lang) + " | " + get("table.severity", lang) + " | " + get("table.rule", lang)
                    + " | " + get("table.message", lang) + " | " + get("table.basis", lang) + " |");
            w.println("|---|---|---|---|---|");
            for (Finding f : d.findings()) {
                String message = Escape.markdown(f.message(lang));
                if (f.waived()) {
                    message = "~~" + message + "~~ " + Escape.markdown(Template.fill(get("report.waived", lang),
                            Args.of("reason", f.waiver().reason()), lang));
                }
                w.println("| " + f.position().line() + ":" + f.position().column() + " | " + f.severity().label(lang)
                        + " | `" + f.ruleId() + "` | " + message + " | " + Escape.markdown(Law.get().render(f.basis(), lang)) + " |");
            }
        }
        w.flush();
    }
}
