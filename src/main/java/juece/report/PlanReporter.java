package juece.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import juece.plan.DossierPlan;
import juece.plan.PlanReport;
import juece.plan.PlanSummary;
import juece.text.Lang;

/**
 * Writes a plan ({@code juece plan}, SPEC §9) in one format, dossier by dossier as the run produces
 * them. One class per format, like the reporters of findings.
 */
public interface PlanReporter {
    /** The run begins: its settings (with the targets); the report goes to {@code out}, in {@code lang}. */
    void start(PlanReport.Header header, Lang lang, OutputStream out) throws IOException;

    void dossier(DossierPlan plan) throws IOException;

    /** The run ends with these counts; the report is flushed, {@code out} is left open. */
    void finish(PlanSummary summary) throws IOException;

    /** A whole plan held at once. */
    default void write(PlanReport report, Lang lang, OutputStream out) throws IOException {
        start(report.header(), lang, out);
        for (DossierPlan d : report.dossiers()) {
            dossier(d);
        }
        finish(report.summary());
    }

    /** The formats of a plan by name. */
    final class Formats {
        private static final Map<String, Supplier<PlanReporter>> FORMATS = new LinkedHashMap<>();

        static {
            FORMATS.put("text", PlanTextReporter::new);
            FORMATS.put("json", PlanJsonReporter::new);
            FORMATS.put("md", PlanMarkdownReporter::new);
            FORMATS.put("ics", PlanIcsReporter::new);
        }

        private Formats() {
        }

        public static Optional<PlanReporter> reporter(String name) {
            Supplier<PlanReporter> s = FORMATS.get(name);
            return s == null ? Optional.empty() : Optional.of(s.get());
        }

        public static List<String> names() {
            return List.copyOf(FORMATS.keySet());
        }
    }
}
