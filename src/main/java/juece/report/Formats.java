package juece.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The report formats by name. */
public final class Formats {
    private static final Map<String, Supplier<Reporter>> FORMATS = new LinkedHashMap<>();

    static {
        FORMATS.put("text", TextReporter::new);
        FORMATS.put("json", JsonReporter::new);
        FORMATS.put("sarif", SarifReporter::new);
        FORMATS.put("junit", JUnitReporter::new);
        FORMATS.put("csv", CsvReporter::new);
        FORMATS.put("xlsx", XlsxReporter::new);
        FORMATS.put("md", MarkdownReporter::new);
        FORMATS.put("html", HtmlReporter::new);
    }

    private Formats() {
    }

    public static Optional<Reporter> reporter(String name) {
        Supplier<Reporter> s = FORMATS.get(name);
        return s == null ? Optional.empty() : Optional.of(s.get());
    }

    /** Binary or page formats that make no sense on a terminal. */
    public static boolean needsFile(String name) {
        return name.equals("xlsx") || name.equals("html");
    }

    /**
     * From now on reports keep what they write before their end (the dossiers of a JSON report until
     * the summary is known, an XLSX workbook before it is repacked) in memory instead of temporary
     * files: for {@code juece serve}, which writes nothing to disk and whose upload limits bound a report.
     */
    public static void keepDraftsInMemory() {
        Spill.memoryOnly = true;
    }

    public static List<String> names() {
        return List.copyOf(FORMATS.keySet());
    }
}
