package juece.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import juece.findings.DossierResult;
import juece.findings.Finding;
import juece.findings.RunReport;
import juece.findings.Summary;
import juece.law.Law;
import juece.text.Lang;

/**
 * The machine-readable report (SPEC §7). The keys of the SPEC's example are fixed; this report adds
 * {@code tool.gate}, {@code tool.fail_on}, {@code summary.passed/failed}, {@code dossiers[].title},
 * and per finding {@code path} (the YAML path) and {@code waiver} when waived. Keys are written in a
 * fixed order, so equal input gives byte-identical output.
 */
public final class JsonReporter implements Reporter {
    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public void write(RunReport report, Lang lang, OutputStream out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            RunReport.Tool t = report.tool();
            g.writeObjectFieldStart("tool");
            g.writeStringField("name", t.name());
            g.writeStringField("version", t.version());
            g.writeStringField("profile", t.profile());
            g.writeStringField("as_of", t.asOf().toString());
            g.writeStringField("gate", t.gate() == null ? null : t.gate().yaml());
            g.writeStringField("fail_on", t.failOn() == null ? "none" : t.failOn().id());
            g.writeStringField("lang", lang.code());
            g.writeEndObject();
            Summary s = report.summary();
            g.writeObjectFieldStart("summary");
            g.writeNumberField("dossiers", s.dossiers());
            g.writeNumberField("invalid", s.invalid());
            g.writeNumberField("error", s.error());
            g.writeNumberField("warning", s.warning());
            g.writeNumberField("info", s.info());
            g.writeNumberField("waived", s.waived());
            g.writeNumberField("passed", s.passed());
            g.writeNumberField("failed", s.failed());
            g.writeEndObject();
            g.writeArrayFieldStart("dossiers");
            for (DossierResult d : report.dossiers()) {
                dossier(g, d, lang);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void dossier(JsonGenerator g, DossierResult d, Lang lang) throws IOException {
        g.writeStartObject();
        g.writeStringField("file", d.file());
        g.writeStringField("id", d.id());
        g.writeStringField("kind", d.kind() == null ? null : d.kind().yaml());
        g.writeStringField("title", d.title());
        g.writeStringField("profile", d.profile());
        g.writeStringField("status", d.status().id());
        g.writeArrayFieldStart("findings");
        for (Finding f : d.findings()) {
            g.writeStartObject();
            g.writeStringField("rule", f.ruleId());
            g.writeStringField("severity", f.severity().id());
            g.writeStringField("step", f.step().yaml());
            g.writeStringField("message", f.message(lang));
            g.writeStringField("basis", Law.get().render(f.basis(), lang));
            g.writeNumberField("line", f.position().line());
            g.writeNumberField("column", f.position().column());
            g.writeStringField("path", f.path());
            g.writeBooleanField("waived", f.waived());
            if (f.waived()) {
                g.writeObjectFieldStart("waiver");
                g.writeStringField("reason", f.waiver().reason());
                g.writeStringField("basis", f.waiver().basis());
                g.writeStringField("approved_by", f.waiver().approvedBy());
                g.writeStringField("expires", f.waiver().expires().toString());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
