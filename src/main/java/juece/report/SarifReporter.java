package juece.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import juece.catalog.Catalog;
import juece.catalog.RuleDocs;
import juece.catalog.RuleMeta;
import juece.catalog.Severity;
import juece.findings.DossierResult;
import juece.findings.Finding;
import juece.findings.RunReport;
import juece.findings.Summary;
import juece.law.Citation;
import juece.law.Law;
import juece.text.Lang;

/**
 * SARIF 2.1.0 for code-scanning tools: one rule descriptor per rule id (help with the purpose, how
 * to comply and the article's text), one result per finding with its physical location; a waived
 * finding is a result with an accepted external suppression carrying the waiver's justification.
 */
public final class SarifReporter implements Reporter {
    private static final JsonFactory JSON = new JsonFactory();

    private JsonGenerator g;
    private Lang lang;
    private RunReport.Tool tool;
    private final Map<String, Integer> index = new HashMap<>();
    private final java.util.Set<String> profiles = new java.util.TreeSet<>();

    @Override
    public void start(RunReport.Tool tool, Catalog catalog, Lang lang, OutputStream out) throws IOException {
        this.tool = tool;
        this.lang = lang;
        List<String> ids = new ArrayList<>(catalog.ids().keySet());
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        g = JSON.createGenerator(out, JsonEncoding.UTF8);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.useDefaultPrettyPrinter();
        g.writeStartObject();
        g.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        g.writeStringField("version", "2.1.0");
        g.writeArrayFieldStart("runs");
        g.writeStartObject();
        g.writeObjectFieldStart("tool");
        g.writeObjectFieldStart("driver");
        g.writeStringField("name", tool.name());
        g.writeStringField("version", tool.version());
        g.writeStringField("language", lang == Lang.ZH ? "zh-CN" : "en-US");
        g.writeArrayFieldStart("rules");
        for (String id : ids) {
            descriptor(g, catalog.withId(id).get(0), catalog, lang);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
        g.writeStringField("columnKind", "unicodeCodePoints");
        g.writeArrayFieldStart("results");
    }

    @Override
    public void dossier(DossierResult d) throws IOException {
        if (d.profile() != null) {
            profiles.add(d.profile());
        }
        for (Finding f : d.findings()) {
            result(g, d, f, index.get(f.ruleId()), lang);
        }
    }

    /** The results are written as they come; the invocation, which needs the exit code, after them. */
    @Override
    public void finish(Summary summary) throws IOException {
        g.writeEndArray();
        g.writeArrayFieldStart("invocations");
        g.writeStartObject();
        g.writeBooleanField("executionSuccessful", summary.invalid() == 0);
        g.writeNumberField("exitCode", summary.exitCode());
        g.writeObjectFieldStart("properties");
        g.writeStringField("asOf", tool.asOf().toString());
        g.writeStringField("profile", tool.runProfile(profiles));
        g.writeArrayFieldStart("profiles");
        for (String p : profiles) {
            g.writeString(p);
        }
        g.writeEndArray();
        g.writeStringField("gate", tool.gate() == null ? null : tool.gate().yaml());
        g.writeStringField("failOn", tool.failOn() == null ? "none" : tool.failOn().id());
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeRaw('\n');
        g.close();
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static void descriptor(JsonGenerator g, RuleMeta main, Catalog catalog, Lang lang) throws IOException {
        var doc = RuleDocs.of(main.id());
        g.writeStartObject();
        g.writeStringField("id", main.id());
        g.writeObjectFieldStart("shortDescription");
        g.writeStringField("text", RuleDocs.title(main, lang));
        g.writeEndObject();
        if (doc.isPresent()) {
            g.writeObjectFieldStart("fullDescription");
            g.writeStringField("text", doc.get().purpose(lang));
            g.writeEndObject();
        }
        StringBuilder help = new StringBuilder();
        doc.ifPresent(d -> help.append(d.trigger(lang)).append("\n\n").append(d.comply(lang)).append("\n\n"));
        for (RuleMeta r : catalog.withId(main.id())) {
            for (String basis : r.basisNd() == null ? List.of(r.basis()) : List.of(r.basis(), r.basisNd())) {
                for (Citation c : Law.get().cite(basis)) {
                    for (String a : c.articles()) {
                        Law.get().text(c.instrument(), a).ifPresent(t -> {
                            String quote = c.instrument().title() + " " + t;
                            if (help.indexOf(quote) < 0) {
                                help.append(quote).append("\n\n");
                            }
                        });
                    }
                }
            }
        }
        g.writeObjectFieldStart("help");
        g.writeStringField("text", help.toString().strip());
        g.writeEndObject();
        g.writeObjectFieldStart("defaultConfiguration");
        g.writeStringField("level", level(main.severity()));
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeStringField("step", main.step().yaml());
        g.writeArrayFieldStart("basis");
        for (String basis : RuleTable.bases(catalog.withId(main.id()), lang)) {
            g.writeString(basis);
        }
        g.writeEndArray();
        g.writeBooleanField("waivable", catalog.waivable(main.id()));
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void result(JsonGenerator g, DossierResult d, Finding f, int ruleIndex, Lang lang) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", f.ruleId());
        g.writeNumberField("ruleIndex", ruleIndex);
        g.writeStringField("level", level(f.severity()));
        g.writeObjectFieldStart("message");
        g.writeStringField("text", f.message(lang));
        g.writeEndObject();
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", uri(f.file()));
        g.writeEndObject();
        g.writeObjectFieldStart("region");
        g.writeNumberField("startLine", f.position().line());
        g.writeNumberField("startColumn", f.position().column());
        g.writeEndObject();
        g.writeEndObject();
        if (d.id() != null) {
            g.writeArrayFieldStart("logicalLocations");
            g.writeStartObject();
            g.writeStringField("fullyQualifiedName", f.path().isEmpty() ? d.id() : d.id() + "/" + f.path());
            g.writeStringField("kind", "object");
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeEndArray();
        if (f.waived()) {
            g.writeArrayFieldStart("suppressions");
            g.writeStartObject();
            g.writeStringField("kind", "external");
            g.writeStringField("status", "accepted");
            g.writeStringField("justification", f.waiver().reason());
            g.writeObjectFieldStart("properties");
            g.writeStringField("basis", f.waiver().basis());
            g.writeStringField("approvedBy", f.waiver().approvedBy());
            g.writeStringField("expires", f.waiver().expires().toString());
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeObjectFieldStart("properties");
        g.writeStringField("dossier", d.id());
        g.writeStringField("profile", d.profile());
        g.writeStringField("step", f.step().yaml());
        g.writeStringField("basis", Law.render(f.basis(), lang));
        g.writeEndObject();
        g.writeEndObject();
    }

    /**
     * A file path as a URI reference (forward slashes, non-ASCII percent-encoded): a relative path
     * stays relative (to where juece ran), an absolute one becomes a file: URI.
     */
    static String uri(String file) {
        try {
            String path = file.replace('\\', '/');
            return new URI(path.startsWith("/") ? "file" : null, path.startsWith("/") ? "" : null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(file, e);
        }
    }
}
