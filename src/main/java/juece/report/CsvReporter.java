package juece.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import juece.catalog.Catalog;
import juece.findings.DossierResult;
import juece.findings.RunReport;
import juece.findings.Summary;
import juece.text.Lang;

/**
 * One row per finding (RFC 4180), UTF-8 with a byte-order mark so that Excel shows Chinese, every
 * cell that could start a formula neutralised.
 */
public final class CsvReporter implements Reporter {
    private Writer w;
    private Lang lang;
    private RunReport.Tool tool;

    @Override
    public void start(RunReport.Tool tool, Catalog catalog, Lang lang, OutputStream out) throws IOException {
        this.tool = tool;
        this.lang = lang;
        w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        line(FindingTable.headers(lang));
    }

    @Override
    public void dossier(DossierResult d) throws IOException {
        for (List<String> row : FindingTable.rows(tool, d, lang)) {
            line(row);
        }
    }

    @Override
    public void finish(Summary summary) throws IOException {
        w.flush();
    }

    private void line(List<String> cells) throws IOException {
        w.write(cells.stream().map(Escape::csv).collect(Collectors.joining(",")));
        w.write("\r\n");
    }
}
