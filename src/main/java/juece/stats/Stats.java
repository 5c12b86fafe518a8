package juece.stats;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import juece.calendar.WorkCalendar;
import juece.findings.Summary;
import juece.ledger.Ledgers;
import juece.pipeline.Checker;
import juece.pipeline.Inputs;
import juece.text.Lang;

/**
 * {@code juece stats}: the year's figures (SPEC §10.1), read from what the road concluded about
 * each dossier and ledger row and from its facts. The dossiers go first and the ledgers after them,
 * whatever the order they are named in, so that a ledger row naming a document a dossier already
 * describes is counted once, with the dossier's facts.
 */
public final class Stats {
    public static final List<String> FORMATS = List.of("text", "json", "md", "xlsx", "html");

    private Stats() {
    }

    /** What to count: the year, "today", per authority or not, the language of labels and the paragraph. */
    public record Options(int year, LocalDate asOf, boolean byAuthority, Lang lang) {
    }

    /** The figures, and the run's counts (for the exit code: inputs that could not be read). */
    public record Result(StatsReport report, Summary summary) {
    }

    /** The year {@code --year} means by default: the calendar year before as-of's. */
    public static int defaultYear(LocalDate asOf) {
        return asOf.getYear() - 1;
    }

    public static Result run(Checker checker, WorkCalendar calendar, List<Path> paths, Options o, Checker.Progress progress) {
        List<Path> dossiers = new ArrayList<>();
        List<Path> ledgerFiles = new ArrayList<>();
        for (Path p : paths) {
            (Ledgers.isLedger(p) && !Files.isDirectory(p) ? ledgerFiles : dossiers).add(p);
        }
        Ledgers ledgers = new Ledgers();
        Tally tally = new Tally(new Judge(o.year(), o.asOf(), calendar), ledgers, !ledgerFiles.isEmpty(), o.byAuthority(), o.year());
        Summary summary = checker.run(sink -> {
            Inputs.each(dossiers, ledgers, sink);
            Inputs.each(ledgerFiles, ledgers, sink);
        }, Checked.READING, tally::add, progress);
        return new Result(tally.finish(checker.tool(), checker.catalog(), o.lang()), summary);
    }

    /** Writes the figures in {@code format}, one of {@link #FORMATS}. */
    public static void write(StatsReport r, String format, OutputStream out) throws IOException {
        switch (format) {
            case "text" -> new StatsText(false).write(r, out);
            case "md" -> new StatsText(true).write(r, out);
            case "json" -> StatsJson.write(r, out);
            case "xlsx" -> StatsXlsx.write(r, out);
            case "html" -> StatsHtml.write(r, out);
            default -> throw new IllegalArgumentException("no stats format " + format);
        }
        out.flush();
    }
}
