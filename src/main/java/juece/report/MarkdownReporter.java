package juece.report;

import static juece.text.Texts.get;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import juece.findings.DossierResult;
import juece.findings.EvidenceRecord;
import juece.findings.Finding;
import java.util.Set;
import java.util.TreeSet;
import juece.catalog.Catalog;
import juece.findings.RunReport;
import juece.findings.Summary;
import juece.law.Law;
import juece.text.Args;
import juece.text.Lang;
import juece.text.Template;

/** Markdown for review comments (merge requests, OA remarks): per dossier, a table of its findings. */
public final class MarkdownReporter implements Reporter {

    private OutputStream out;
    private Lang lang;
    private RunReport.Tool tool;
    private Spill spill;
    private PrintWriter w;
    private final Set<String> profiles = new TreeSet<>();

    @Override
    public void start(RunReport.Tool tool, Catalog catalog, Lang lang, OutputStream out) {
        this.out = out;
        this.lang = lang;
        this.tool = tool;
        this.spill = new Spill();
        this.w = new PrintWriter(new OutputStreamWriter(spill.stream, StandardCharsets.UTF_8));
    }

    @Override
    public void dossier(DossierResult d) {
        if (d.profile() != null) {
            profiles.add(d.profile());
        }
        w.println();
        String mark = switch (d.status()) {
            case PASS -> "✅";
            case FAIL -> "❌";
            case INVALID -> "⚠️";
        };
        w.println("## " + mark + " " + Escape.markdown(d.heading())
                + " — " + get("report.status." + d.status().id(), lang));
        w.println();
        w.println("`" + d.file().replace("`", "'") + "`"
                + (d.profile() == null ? "" : " · " + Escape.markdown(TextReporter.fill("report.profile", lang, "profile", d.profile()))));
        List<EvidenceRecord> records = d.evidence().stream().filter(e -> e.url() != null).toList();
        for (EvidenceRecord e : records) {
            w.println();
            w.print("- " + Escape.markdown(TextReporter.fill("report.public-record", lang, "title", e.title() == null ? e.id() : e.title(), "url", "")));
            w.print("<" + e.url().replace(">", "%3E").replace(" ", "%20") + ">");
        }
        if (!records.isEmpty()) {
            w.println();
        }
        if (d.findings().isEmpty()) {
            return;
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
                    + " | `" + f.ruleId() + "` | " + message + " | " + Escape.markdown(Law.render(f.basis(), lang)) + " |");
        }
    }

    /** The title and the summary head the page; the dossiers, written as they came, follow. */
    @Override
    public void finish(Summary summary) throws IOException {
        w.flush();
        PrintWriter head = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        head.println("# " + get("md.title", lang));
        head.println();
        head.println(Escape.markdown(TextReporter.summary(tool, summary, profiles, lang)));
        head.flush();
        spill.copyTo(out, 0);
        out.flush();
        spill.close();
    }
}
