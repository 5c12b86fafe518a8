package juece.report;

import static juece.text.Texts.get;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import juece.catalog.RuleMeta;
import juece.catalog.Severity;
import juece.findings.DossierResult;
import juece.findings.Finding;
import juece.findings.RunReport;
import juece.law.Law;
import juece.text.Lang;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A workbook for supervisors: the findings sheet (frozen header, filters), then counts per dossier
 * and per rule — the figures of a yearly report. Every text cell is a string, never a formula, and
 * text that a spreadsheet could read as one is neutralised as in CSV.
 */
public final class XlsxReporter implements Reporter {

    @Override
    public void write(RunReport report, Lang lang, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "juece", null);
        findings(wb.newWorksheet(get("xlsx.findings", lang)), report, lang);
        dossiers(wb.newWorksheet(get("xlsx.dossiers", lang)), report, lang);
        rules(wb.newWorksheet(get("xlsx.rules", lang)), report, lang);
        wb.finish();
    }

    private static void header(Worksheet ws, List<String> headers) {
        for (int c = 0; c < headers.size(); c++) {
            ws.value(0, c, headers.get(c));
            ws.style(0, c).bold().fillColor("DDEBF7").set();
        }
        ws.freezePane(0, 1);
    }

    private static void text(Worksheet ws, int r, int c, String s) {
        ws.value(r, c, Escape.cell(s));
    }

    private static void findings(Worksheet ws, RunReport report, Lang lang) {
        List<String> headers = FindingTable.headers(lang);
        header(ws, headers);
        List<List<String>> rows = FindingTable.rows(report, lang);
        int numeric1 = FindingTable.COLUMNS.indexOf("line");
        int numeric2 = FindingTable.COLUMNS.indexOf("column");
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                if (c == numeric1 || c == numeric2) {
                    ws.value(r + 1, c, Integer.parseInt(row.get(c)));
                } else {
                    text(ws, r + 1, c, row.get(c));
                }
            }
        }
        ws.setAutoFilter(0, 0, Math.max(rows.size(), 1), headers.size() - 1);
        double[] widths = {40, 16, 30, 14, 10, 10, 36, 8, 14, 6, 6, 80, 40, 8, 30, 30, 16, 12, 12};
        for (int c = 0; c < widths.length && c < headers.size(); c++) {
            ws.width(c, widths[c]);
        }
    }

    private static void dossiers(Worksheet ws, RunReport report, Lang lang) {
        header(ws, List.of(get("table.file", lang), get("table.dossier", lang), get("table.title", lang),
                get("table.kind", lang), get("table.profile", lang), get("table.status", lang),
                Severity.ERROR.label(lang), Severity.WARNING.label(lang), Severity.INFO.label(lang), get("table.waived", lang)));
        int r = 1;
        for (DossierResult d : report.dossiers()) {
            int[] counts = new int[4];
            for (Finding f : d.findings()) {
                counts[f.waived() ? 3 : f.severity().ordinal()]++;
            }
            text(ws, r, 0, d.file());
            text(ws, r, 1, d.id());
            text(ws, r, 2, d.title());
            text(ws, r, 3, d.kind() == null ? "" : d.kind().label(lang));
            text(ws, r, 4, d.profile());
            text(ws, r, 5, get("report.status." + d.status().id(), lang));
            for (int i = 0; i < 4; i++) {
                ws.value(r, 6 + i, counts[i]);
            }
            r++;
        }
        ws.setAutoFilter(0, 0, Math.max(r - 1, 1), 9);
        ws.width(0, 40);
        ws.width(2, 30);
    }

    private static void rules(Worksheet ws, RunReport report, Lang lang) {
        header(ws, List.of(get("table.rule", lang), get("table.severity", lang), get("table.step", lang),
                get("table.basis", lang), get("xlsx.findings-count", lang), get("table.waived", lang),
                get("xlsx.dossiers-count", lang)));
        Map<String, int[]> counts = new TreeMap<>();
        for (DossierResult d : report.dossiers()) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (Finding f : d.findings()) {
                int[] c = counts.computeIfAbsent(f.ruleId(), k -> new int[3]);
                c[f.waived() ? 1 : 0]++;
                if (seen.add(f.ruleId())) {
                    c[2]++;
                }
            }
        }
        int r = 1;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            RuleMeta main = report.catalog().withId(e.getKey()).get(0);
            text(ws, r, 0, e.getKey());
            text(ws, r, 1, main.severity().label(lang));
            text(ws, r, 2, main.step().label(lang));
            text(ws, r, 3, Law.get().render(main.basis(), lang));
            for (int i = 0; i < 3; i++) {
                ws.value(r, 4 + i, e.getValue()[i]);
            }
            r++;
        }
        ws.setAutoFilter(0, 0, Math.max(r - 1, 1), 6);
        ws.width(0, 40);
        ws.width(3, 50);
    }
}
