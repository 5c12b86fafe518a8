package juece.report;

import static juece.text.Texts.get;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipOutputStream;
import juece.catalog.Catalog;
import juece.catalog.RuleMeta;
import juece.catalog.Severity;
import juece.findings.DossierResult;
import juece.findings.Finding;
import juece.findings.RunReport;
import juece.findings.Summary;
import juece.text.Lang;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A workbook for supervisors: the findings sheet (frozen header, filters), streamed as the run goes,
 * then counts per dossier and per rule — the figures of a yearly report. Every text cell is a
 * string, never a formula, and text that a spreadsheet could read as one is neutralised as in CSV.
 */
public final class XlsxReporter implements Reporter {
    private static final int FLUSH_EVERY = 5_000;
    private static final int DOSSIER_COLUMNS = 10;
    private static final int RULE_COLUMNS = 7;
    private static final Pattern SHEET = Pattern.compile("xl/worksheets/sheet(\\d+)\\.xml");
    private static final Pattern CREATED = Pattern.compile("(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)");

    private OutputStream out;
    /** The workbook as fastexcel writes it, repacked onto {@code out} at the end. */
    private Path draft;
    private OutputStream draftOut;
    private Workbook wb;
    private Worksheet findings;
    private Lang lang;
    private RunReport.Tool tool;
    private Catalog catalog;
    private int row = 1;
    /** One short row per dossier and the counts per rule: what the summary sheets need, nothing more. */
    private final List<String[]> dossierRows = new ArrayList<>();
    private final Map<String, int[]> ruleCounts = new TreeMap<>();

    @Override
    public void start(RunReport.Tool tool, Catalog catalog, Lang lang, OutputStream out) throws IOException {
        this.tool = tool;
        this.lang = lang;
        this.catalog = catalog;
        this.out = out;
        if (Spill.memoryOnly) {
            draftOut = new ByteArrayOutputStream();
        } else {
            draft = Files.createTempFile("juece-report", ".xlsx");
            draftOut = new BufferedOutputStream(Files.newOutputStream(draft));
        }
        wb = new Workbook(draftOut, "juece", null);
        findings = wb.newWorksheet(get("xlsx.findings", lang));
        header(findings, FindingTable.headers(lang));
        double[] widths = {40, 16, 30, 14, 10, 10, 36, 8, 14, 6, 6, 80, 40, 8, 30, 30, 16, 12, 12};
        for (int c = 0; c < widths.length; c++) {
            findings.width(c, widths[c]);
        }
    }

    @Override
    public void dossier(DossierResult d) throws IOException {
        int line = FindingTable.COLUMNS.indexOf("line");
        int column = FindingTable.COLUMNS.indexOf("column");
        for (List<String> cells : FindingTable.rows(tool, d, lang)) {
            for (int c = 0; c < cells.size(); c++) {
                if (c == line || c == column) {
                    findings.value(row, c, Integer.parseInt(cells.get(c)));
                } else {
                    text(findings, row, c, cells.get(c));
                }
            }
            if (++row % FLUSH_EVERY == 0) {
                findings.flush();
            }
        }
        int[] counts = new int[4];
        Set<String> seen = new HashSet<>();
        for (Finding f : d.findings()) {
            counts[f.waived() ? 3 : f.severity().ordinal()]++;
            int[] c = ruleCounts.computeIfAbsent(f.ruleId(), k -> new int[3]);
            c[f.waived() ? 1 : 0]++;
            if (seen.add(f.ruleId())) {
                c[2]++;
            }
        }
        dossierRows.add(new String[] {d.file(), d.id(), d.title(), d.kind() == null ? "" : d.kind().label(lang), d.profile(),
            get("report.status." + d.status().id(), lang), String.valueOf(counts[0]), String.valueOf(counts[1]),
            String.valueOf(counts[2]), String.valueOf(counts[3])});
    }

    @Override
    public void finish(Summary summary) throws IOException {
        findings.setAutoFilter(0, 0, Math.max(row - 1, 1), FindingTable.COLUMNS.size() - 1);
        findings.finish();
        dossiers(wb.newWorksheet(get("xlsx.dossiers", lang)));
        rules(wb.newWorksheet(get("xlsx.rules", lang)));
        wb.finish();
        List<String> dimensions = List.of(range(row, FindingTable.COLUMNS.size()), range(dossierRows.size() + 1, DOSSIER_COLUMNS),
                range(ruleCounts.size() + 1, RULE_COLUMNS));
        if (draft == null) {
            draftOut.close();
            repack(((ByteArrayOutputStream) draftOut).toByteArray(), out, dimensions, tool.asOf());
            return;
        }
        try {
            draftOut.close();
            try (ZipFile zip = new ZipFile(draft.toFile())) {
                repack(zip, out, dimensions, tool.asOf());
            }
        } finally {
            Files.deleteIfExists(draft);
        }
    }

    /**
     * {@link #repack(ZipFile, OutputStream, List, LocalDate)} from a workbook held in memory, its
     * entries found through the central directory: fastexcel's writer ends each entry with a ZIP64
     * data descriptor that java.util.zip.ZipInputStream misreads, and ZipFile needs a file.
     */
    private static void repack(byte[] zip, OutputStream out, List<String> dimensions, LocalDate asOf) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int eocd = zip.length - 22;
        while (eocd >= 0 && b.getInt(eocd) != 0x06054b50) {
            eocd--;
        }
        if (eocd < 0) {
            throw new IOException("the workbook draft is not a zip");
        }
        ZipOutputStream zout = new ZipOutputStream(out);
        int at = b.getInt(eocd + 16);
        for (int i = 0, n = Short.toUnsignedInt(b.getShort(eocd + 10)); i < n; i++) {
            int method = Short.toUnsignedInt(b.getShort(at + 10));
            int compressed = b.getInt(at + 20);
            int nameLength = Short.toUnsignedInt(b.getShort(at + 28));
            String name = new String(zip, at + 46, nameLength, StandardCharsets.UTF_8);
            int local = b.getInt(at + 42);
            int data = local + 30 + Short.toUnsignedInt(b.getShort(local + 26)) + Short.toUnsignedInt(b.getShort(local + 28));
            Inflater inflater = new Inflater(true);
            // one byte past a deflated entry, as java.util.zip.ZipFile gives its inflater (the central directory follows)
            try (InputStream in = method == 0 ? new ByteArrayInputStream(zip, data, compressed)
                    : new InflaterInputStream(new ByteArrayInputStream(zip, data, compressed + 1), inflater)) {
                copy(name, in, zout, dimensions, asOf);
            } finally {
                inflater.end();
            }
            at += 46 + nameLength + Short.toUnsignedInt(b.getShort(at + 30)) + Short.toUnsignedInt(b.getShort(at + 32));
        }
        zout.finish();
        zout.flush();
    }

    /**
     * Copies the workbook, setting what the streaming writer cannot: each sheet's size (fastexcel
     * writes "A1" for a sheet it flushed, dhatim/fastexcel#452, and readers that trust it, pandas'
     * among them, then see the header row only), and the dates it stamps from the clock — the
     * as-of date instead, so the same run gives the same bytes.
     */
    private static void repack(ZipFile zip, OutputStream out, List<String> dimensions, LocalDate asOf) throws IOException {
        ZipOutputStream zout = new ZipOutputStream(out);
        for (ZipEntry e : Collections.list(zip.entries())) {
            try (InputStream in = zip.getInputStream(e)) {
                copy(e.getName(), in, zout, dimensions, asOf);
            }
        }
        zout.finish();
        zout.flush();
    }

    /** One entry of the workbook onto {@code zout}, its size or date set where it is a sheet or the properties. */
    private static void copy(String name, InputStream in, ZipOutputStream zout, List<String> dimensions, LocalDate asOf) throws IOException {
        ZipEntry copy = new ZipEntry(name);
        copy.setTime(asOf.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
        zout.putNextEntry(copy);
        Matcher sheet = SHEET.matcher(name);
        if (sheet.matches() || name.equals("docProps/core.xml")) {
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            xml = sheet.matches()
                    ? xml.replace("<dimension ref=\"A1\"/>", "<dimension ref=\"" + dimensions.get(Integer.parseInt(sheet.group(1)) - 1) + "\"/>")
                    : CREATED.matcher(xml).replaceAll("$1" + asOf + "T00:00:00Z$2");
            zout.write(xml.getBytes(StandardCharsets.UTF_8));
        } else {
            in.transferTo(zout);
        }
        zout.closeEntry();
    }

    /** A1:X9 for a sheet of {@code rows} rows and {@code columns} columns. */
    private static String range(int rows, int columns) {
        String last = columns <= 26 ? String.valueOf((char) ('A' + columns - 1))
                : String.valueOf((char) ('A' + (columns - 1) / 26 - 1)) + (char) ('A' + (columns - 1) % 26);
        return "A1:" + last + Math.max(rows, 1);
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

    private void dossiers(Worksheet ws) {
        header(ws, List.of(get("table.file", lang), get("table.dossier", lang), get("table.title", lang),
                get("table.kind", lang), get("table.profile", lang), get("table.status", lang),
                Severity.ERROR.label(lang), Severity.WARNING.label(lang), Severity.INFO.label(lang), get("table.waived", lang)));
        int r = 1;
        for (String[] d : dossierRows) {
            for (int c = 0; c < 6; c++) {
                text(ws, r, c, d[c]);
            }
            for (int c = 6; c < 10; c++) {
                ws.value(r, c, Integer.parseInt(d[c]));
            }
            r++;
        }
        ws.setAutoFilter(0, 0, Math.max(r - 1, 1), DOSSIER_COLUMNS - 1);
        ws.width(0, 40);
        ws.width(2, 30);
    }

    private void rules(Worksheet ws) {
        header(ws, List.of(get("table.rule", lang), get("table.severity", lang), get("table.step", lang),
                get("table.basis", lang), get("xlsx.findings-count", lang), get("table.waived", lang),
                get("xlsx.dossiers-count", lang)));
        int r = 1;
        for (Map.Entry<String, int[]> e : ruleCounts.entrySet()) {
            RuleMeta main = catalog.withId(e.getKey()).get(0);
            text(ws, r, 0, e.getKey());
            text(ws, r, 1, main.severity().label(lang));
            text(ws, r, 2, main.step().label(lang));
            text(ws, r, 3, String.join(lang == Lang.ZH ? "；" : "; ", RuleTable.bases(catalog.withId(e.getKey()), lang)));
            for (int i = 0; i < 3; i++) {
                ws.value(r, 4 + i, e.getValue()[i]);
            }
            r++;
        }
        ws.setAutoFilter(0, 0, Math.max(r - 1, 1), RULE_COLUMNS - 1);
        ws.width(0, 40);
        ws.width(3, 50);
    }
}
