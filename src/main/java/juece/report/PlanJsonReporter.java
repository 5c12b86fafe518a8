package juece.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Map;
import juece.facts.Step;
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
 * The plan as JSON (SPEC §9): {@code tool}, {@code dossiers} (each with {@code steps} and
 * {@code duties}, keys as fixed there), then {@code summary}; the dossiers are spilled as they come
 * until the run is over. {@code tool.profile} as in check's JSON (the --profile given; else national
 * when every dossier was planned under it, else null), {@code tool.profiles} every profile used. Added
 * to the fixed keys: {@code tool.gate/lang/profiles/targets}; per dossier {@code title}, {@code profile},
 * {@code status} (planned | invalid; an invalid one carries its {@code findings} as in check's JSON),
 * {@code next} (the open duty due first) and, with targets, {@code schedule}; per step {@code rule}
 * and {@code date}; per duty {@code rule}, {@code done} (the date of the act recorded), {@code missing_years} (when the calendar cannot give the
 * date), {@code excused} (the stated reason of an excused branch), {@code waived} and {@code waiver}.
 * Keys in a fixed order: equal input, byte-identical output.
 */
public final class PlanJsonReporter implements PlanReporter {
    private JsonGenerator g;
    private Lang lang;
    private OutputStream out;
    private PlanReport.Header header;
    private Spill spill;
    private final java.util.Set<String> profiles = new java.util.TreeSet<>();

    @Override
    public void start(PlanReport.Header header, Lang lang, OutputStream out) throws IOException {
        this.lang = lang;
        this.out = out;
        this.header = header;
        // the dossiers wait in a spill file until the run is over: tool.profile names the profiles they were planned under
        this.spill = new Spill();
        g = JsonReporter.generator(spill.stream);
        g.writeStartObject();
        g.writeArrayFieldStart("dossiers");
    }


    @Override
    public void dossier(DossierPlan p) throws IOException {
        DossierResult d = p.result();
        if (d.profile() != null) {
            profiles.add(d.profile());
        }
        g.writeStartObject();
        g.writeStringField("file", d.file());
        g.writeStringField("id", d.id());
        g.writeStringField("kind", d.kind() == null ? null : d.kind().yaml());
        g.writeStringField("title", d.title());
        g.writeStringField("profile", d.profile());
        g.writeStringField("status", p.invalid() ? "invalid" : "planned");
        if (p.invalid()) {
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
                g.writeBooleanField("waived", f.waived());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeStringField("next", p.next().map(Duty::id).orElse(null));
        g.writeArrayFieldStart("steps");
        for (PlannedStep s : p.steps()) {
            g.writeStartObject();
            g.writeStringField("step", s.step().yaml());
            g.writeStringField("status", s.status().id());
            g.writeStringField("reason", s.reason().render(lang));
            g.writeStringField("basis", Law.render(s.basis(), lang));
            g.writeStringField("rule", s.rule());
            g.writeStringField("date", s.date() == null ? null : s.date().toString());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("duties");
        for (Duty u : p.duties()) {
            g.writeStartObject();
            g.writeStringField("duty", u.id());
            g.writeStringField("step", u.step().yaml());
            g.writeStringField("bound", u.bound().id());
            g.writeStringField("date", u.date() == null ? null : u.date().toString());
            g.writeStringField("status", u.status().id());
            g.writeStringField("basis", Law.render(u.basis(), lang));
            g.writeStringField("message", u.message().render(lang));
            g.writeStringField("rule", u.rule());
            g.writeStringField("done", u.actual() == null ? null : u.actual().toString());
            if (u.date() == null) {
                g.writeArrayFieldStart("missing_years");
                for (int y : u.missingYears()) {
                    g.writeNumber(y);
                }
                g.writeEndArray();
            }
            if (u.excused() != null) {
                g.writeStringField("excused", u.excused());
            }
            g.writeBooleanField("waived", u.waiver() != null);
            if (u.waiver() != null) {
                g.writeObjectFieldStart("waiver");
                g.writeStringField("reason", u.waiver().reason());
                g.writeStringField("basis", u.waiver().basis());
                g.writeStringField("approved_by", u.waiver().approvedBy());
                g.writeStringField("expires", String.valueOf(u.waiver().expires()));
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        if (!p.schedule().isEmpty()) {
            g.writeArrayFieldStart("schedule");
            for (Scheduled s : p.schedule()) {
                g.writeStartObject();
                g.writeStringField("step", s.step().yaml());
                g.writeStringField("field", s.field());
                g.writeStringField("bound", s.bound().id());
                g.writeStringField("date", s.date() == null ? null : s.date().toString());
                g.writeStringField("status", s.status().id());
                g.writeStringField("source", s.source().id());
                g.writeStringField("rule", s.rule());
                g.writeStringField("basis", Law.render(s.basis(), lang));
                g.writeStringField("message", s.message().render(lang));
                if (s.date() == null) {
                    g.writeArrayFieldStart("missing_years");
                    for (int y : s.missingYears()) {
                        g.writeNumber(y);
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    @Override
    public void finish(PlanSummary s) throws IOException {
        g.writeEndArray();
        g.writeObjectFieldStart("summary");
        g.writeNumberField("dossiers", s.dossiers());
        g.writeNumberField("invalid", s.invalid());
        g.writeNumberField("met", s.met());
        g.writeNumberField("missed", s.missed());
        g.writeNumberField("open", s.open());
        g.writeNumberField("unknown", s.unknown());
        g.writeNumberField("failed", s.failed());
        g.writeEndObject();
        g.writeEndObject();
        g.close();
        JsonGenerator t = JsonReporter.generator(out);
        t.writeStartObject();
        t.writeObjectFieldStart("tool");
        t.writeStringField("name", header.tool().name());
        t.writeStringField("version", header.tool().version());
        t.writeStringField("profile", header.tool().runProfile(profiles));
        t.writeStringField("as_of", header.tool().asOf().toString());
        t.writeStringField("gate", header.tool().gate() == null ? null : header.tool().gate().yaml());
        t.writeStringField("lang", lang.code());
        t.writeArrayFieldStart("profiles");
        for (String p : profiles) {
            t.writeString(p);
        }
        t.writeEndArray();
        t.writeObjectFieldStart("targets");
        for (Map.Entry<Step, LocalDate> e : header.targets().entrySet()) {
            t.writeStringField(e.getKey().yaml(), e.getValue().toString());
        }
        t.writeEndObject();
        t.writeEndObject();
        t.flush();
        out.write(',');
        spill.copyTo(out, 1); // the spilled object without its opening brace: "dossiers", "summary", the closing brace
        out.write('\n');
        out.flush();
        spill.close();
    }
}
