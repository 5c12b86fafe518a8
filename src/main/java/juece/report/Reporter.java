package juece.report;

import java.io.IOException;
import java.io.OutputStream;
import juece.findings.RunReport;
import juece.text.Lang;

/** Writes a run's report in one format. One class per format; all read the same finding model. */
public interface Reporter {
    void write(RunReport report, Lang lang, OutputStream out) throws IOException;
}
