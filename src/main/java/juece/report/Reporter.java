package juece.report;

import java.io.IOException;
import java.io.OutputStream;
import juece.catalog.Catalog;
import juece.findings.DossierResult;
import juece.findings.RunReport;
import juece.findings.Summary;
import juece.text.Lang;

/**
 * Writes a run's report in one format, dossier by dossier as the run produces them, so that memory
 * stays flat however many dossiers a run has. One class per format, all on the same finding model;
 * an instance serves one report.
 */
public interface Reporter {
    /** The run begins: its settings and rules; the report goes to {@code out}, in {@code lang}. */
    void start(RunReport.Tool tool, Catalog catalog, Lang lang, OutputStream out) throws IOException;

    /** One dossier's result, in file order. */
    void dossier(DossierResult dossier) throws IOException;

    /** The run ends with these counts; the report is flushed, {@code out} is left open. */
    void finish(Summary summary) throws IOException;

    /** A whole run held at once. */
    default void write(RunReport report, Lang lang, OutputStream out) throws IOException {
        start(report.tool(), report.catalog(), lang, out);
        for (DossierResult d : report.dossiers()) {
            dossier(d);
        }
        finish(report.summary());
    }
}
