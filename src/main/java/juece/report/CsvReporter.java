package juece.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import juece.findings.RunReport;
import juece.text.Lang;

/**
 * One row per finding (RFC 4180), UTF-8 with a byte-order mark so that Excel shows Chinese, every
 * cell that could start a formula neutralised.
 */
public final class CsvReporter implements Reporter {

    @Override
    public void write(RunReport report, Lang lang, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        line(w, FindingTable.headers(lang));
        for (List<String> row : FindingTable.rows(report, lang)) {
            line(w, row);
        }
        w.flush();
    }

    private static void line(Writer w, List<String> cells) throws IOException {
        w.write(cells.stream().map(Escape::csv).collect(Collectors.joining(",")));
        w.write("\r\n");
    }
}
