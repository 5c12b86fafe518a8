package juece.stats;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import juece.law.Law;
import juece.text.Lang;

/**
 * The year's figures as JSON, with the keys SPEC §10.1 fixes ({@code tool}, {@code year},
 * {@code inputs}, {@code indicators}, {@code rules}, {@code by_authority}, {@code shortfalls},
 * {@code paragraph}); the keys after them add to the contract, never change it: {@code months},
 * {@code disclosure} (null without a ledger's 有效性), {@code unmatched}, {@code ledgers}.
 */
final class StatsJson {
    private static final JsonFactory JSON = new JsonFactory();

    private StatsJson() {
    }

    static void write(StatsReport r, OutputStream out) throws IOException {
        Lang lang = r.lang();
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeStringField("name", r.tool().name());
            g.writeStringField("version", r.tool().version());
            g.writeStringField("profile", r.tool().profile());
            g.writeStringField("as_of", r.tool().asOf().toString());
            g.writeStringField("lang", lang.code());
            g.writeArrayFieldStart("profiles"); // as check's JSON: every profile a dossier was checked under
            for (String p : r.profiles()) {
                g.writeString(p);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeNumberField("year", r.year());
            StatsReport.Inputs in = r.inputs();
            g.writeObjectFieldStart("inputs");
            g.writeNumberField("dossiers", in.dossiers());
            g.writeNumberField("ledger_rows", in.ledgerRows());
            g.writeObjectFieldStart("counted");
            g.writeNumberField("major_decision", in.countedMajorDecisions());
            g.writeNumberField("normative_document", in.countedNormativeDocuments());
            g.writeEndObject();
            g.writeNumberField("other_years", in.otherYears());
            g.writeNumberField("invalid", in.invalid());
            g.writeNumberField("unknown_year", in.unknownYear());
            g.writeNumberField("excluded", in.excluded());
            g.writeNumberField("joined", in.joined());
            g.writeEndObject();
            g.writeArrayFieldStart("indicators");
            indicators(g, r.indicators(), lang);
            g.writeEndArray();
            g.writeArrayFieldStart("rules");
            for (StatsReport.RuleCount c : r.rules()) {
                g.writeStartObject();
                g.writeStringField("rule", c.rule());
                g.writeNumberField("dossiers", c.dossiers());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("by_authority");
            for (StatsReport.AuthorityFigures a : r.byAuthority()) {
                g.writeStartObject();
                g.writeStringField("authority", a.authority());
                g.writeArrayFieldStart("indicators");
                indicators(g, a.indicators(), lang);
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("shortfalls");
            for (StatsReport.Shortfall s : r.shortfalls()) {
                g.writeStartObject();
                g.writeStringField("id", s.indicator().id());
                g.writeArrayFieldStart("dossiers");
                refs(g, s.dossiers());
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeStringField("paragraph", Paragraph.of(r));
            g.writeArrayFieldStart("months");
            for (StatsReport.Month m : r.months()) {
                g.writeStartObject();
                g.writeNumberField("month", m.month());
                g.writeNumberField("major_decision", m.majorDecisions());
                g.writeNumberField("normative_document", m.normativeDocuments());
                g.writeEndObject();
            }
            g.writeEndArray();
            if (r.disclosure() == null) {
                g.writeNullField("disclosure");
            } else {
                g.writeObjectFieldStart("disclosure");
                g.writeNumberField("issued", r.disclosure().issued());
                g.writeNumberField("abolished", r.disclosure().abolished());
                g.writeNumberField("in_force", r.disclosure().inForce());
                g.writeNumberField("unknown", r.disclosure().unknown());
                g.writeEndObject();
            }
            g.writeObjectFieldStart("unmatched");
            g.writeArrayFieldStart("rows");
            refs(g, r.unmatched().rows());
            g.writeEndArray();
            g.writeArrayFieldStart("dossiers");
            refs(g, r.unmatched().dossiers());
            g.writeEndArray();
            g.writeEndObject();
            g.writeArrayFieldStart("ledgers");
            for (StatsReport.LedgerSummary l : r.ledgers()) {
                g.writeStartObject();
                g.writeStringField("file", l.file());
                g.writeNumberField("rows", l.rows());
                strings(g, "columns", l.columns());
                strings(g, "missing", l.missing());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static void indicators(JsonGenerator g, List<StatsReport.Figure> figures, Lang lang) throws IOException {
        for (StatsReport.Figure f : figures) {
            g.writeStartObject();
            g.writeStringField("id", f.indicator().id());
            g.writeStringField("label", f.indicator().label(lang));
            g.writeNumberField("numerator", f.numerator());
            if (f.denominator() == null) {
                g.writeNullField("denominator");
            } else {
                g.writeNumberField("denominator", f.denominator());
            }
            if (Numbers.rate4(f) == null) {
                g.writeNullField("rate");
            } else {
                g.writeNumberField("rate", Numbers.rate4(f));
            }
            g.writeNumberField("unknown", f.unknown());
            g.writeStringField("basis", Law.render(f.basis(), lang));
            g.writeStringField("benchmark", f.indicator().benchmark(lang));
            g.writeEndObject();
        }
    }

    private static void refs(JsonGenerator g, List<StatsReport.Ref> refs) throws IOException {
        for (StatsReport.Ref ref : refs) {
            g.writeStartObject();
            g.writeStringField("file", ref.file());
            g.writeStringField("id", ref.id());
            g.writeStringField("title", ref.title());
            g.writeNumberField("line", ref.line());
            g.writeEndObject();
        }
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
