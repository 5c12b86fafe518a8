package juece.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import juece.catalog.Catalog;
import juece.findings.DossierResult;
import juece.findings.EvidenceRecord;
import juece.findings.Finding;
import juece.findings.RunReport;
import juece.findings.Summary;
import juece.law.Law;
import juece.text.Lang;

/**
 * The machine-readable report (SPEC §7), in the SPEC's key order: tool, summary, dossiers. The keys
 * of the SPEC's example are fixed; this report adds {@code tool.gate}, {@code tool.fail_on},
 * {@code tool.lang}, {@code tool.profiles}, {@code summary.passed/failed}, {@code dossiers[].title/profile},
 * and per finding {@code path} (the YAML path), {@code not_judged} (the rules a record/unknown kept from
 * concluding) and {@code waiver} when waived. {@code tool.profile} is what the run was given
 * ({@code --profile}); without it "national" when no dossier was checked under a profile of its own, else
 * null; {@code tool.profiles} lists every profile a dossier was checked under, and each dossier's
 * {@code profile} says which; each dossier's {@code evidence} lists its evidence records (a public record's
 * {@code url} among them). The dossiers are written as they come
 * (spilled until the summary is known), keys in a fixed order: equal input, byte-identical output.
 */
public final class JsonReporter implements Reporter {
    private static final JsonFactory JSON = new JsonFactory();

    private OutputStream out;
    private Lang lang;
    private RunReport.Tool tool;
    private Spill spill;
    private JsonGenerator dossiers;
    private final java.util.Set<String> profiles = new java.util.TreeSet<>();

    @Override
    public void start(RunReport.Tool tool, Catalog catalog, Lang lang, OutputStream out) throws IOException {
        this.out = out;
        this.lang = lang;
        this.tool = tool;
        this.spill = new Spill();
        dossiers = generator(spill.stream);
        dossiers.writeStartObject();
        dossiers.writeArrayFieldStart("dossiers");
    }

    /** A generator as every JSON report of juece writes: UTF-8, indented, leaving {@code out} open. */
    static JsonGenerator generator(OutputStream out) throws IOException {
        JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
        g.useDefaultPrettyPrinter();
        return g;
    }

    @Override
    public void dossier(DossierResult d) throws IOException {
        JsonGenerator g = dossiers;
        if (d.profile() != null) {
            profiles.add(d.profile());
        }
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
            g.writeStringField("basis", Law.render(f.basis(), lang));
            g.writeNumberField("line", f.position().line());
            g.writeNumberField("column", f.position().column());
            g.writeStringField("path", f.path());
            if (!f.notJudged().isEmpty()) {
                g.writeArrayFieldStart("not_judged");
                for (String id : f.notJudged()) {
                    g.writeString(id);
                }
                g.writeEndArray();
            }
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
        if (!d.evidence().isEmpty()) {
            g.writeArrayFieldStart("evidence");
            for (EvidenceRecord e : d.evidence()) {
                g.writeStartObject();
                g.writeStringField("id", e.id());
                g.writeStringField("kind", e.kind());
                g.writeStringField("title", e.title());
                g.writeStringField("file", e.file());
                g.writeStringField("url", e.url());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    @Override
    public void finish(Summary s) throws IOException {
        dossiers.writeEndArray();
        dossiers.writeEndObject();
        dossiers.close();
        JsonGenerator g = generator(out);
        g.writeStartObject();
        g.writeObjectFieldStart("tool");
        g.writeStringField("name", tool.name());
        g.writeStringField("version", tool.version());
        g.writeStringField("profile", tool.runProfile(profiles));
        g.writeStringField("as_of", tool.asOf().toString());
        g.writeStringField("gate", tool.gate() == null ? null : tool.gate().yaml());
        g.writeStringField("fail_on", tool.failOn() == null ? "none" : tool.failOn().id());
        g.writeStringField("lang", lang.code());
        g.writeArrayFieldStart("profiles");
        for (String p : profiles) {
            g.writeString(p);
        }
        g.writeEndArray();
        g.writeEndObject();
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
        g.flush();
        out.write(',');
        spill.copyTo(out, 1); // the spilled object without its opening brace: "dossiers", then the closing brace
        out.write('\n');
        out.flush();
        spill.close();
    }
}
