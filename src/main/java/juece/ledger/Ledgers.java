package juece.ledger;

import static juece.text.Texts.msg;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import juece.catalog.Catalog;
import juece.catalog.RuleMeta;
import juece.catalog.Severity;
import juece.facts.Step;
import juece.findings.DossierResult;
import juece.findings.Summary;
import juece.pipeline.Input;
import juece.read.Position;
import juece.read.Problem;
import juece.read.ReadResult;
import juece.read.SourceMap;
import juece.read.YamlDocument;

/**
 * The ledger door: the ledgers (台账) a run reads, each row handed to the road as a dossier
 * ({@link RowTree}), and, on the way back, each ledger's notice said once after its rows. Only
 * files named on the command line are ledgers ({@link juece.pipeline.Inputs}); a folder walk never
 * takes a spreadsheet for one. One instance per run.
 */
public final class Ledgers {
    /** SPEC §4 has no id for what a ledger as a whole lacks; this one is the ledger door's, info, never failing a run. */
    public static final String NOTICE_ID = "ledger/notice";
    public static final RuleMeta NOTICE = new RuleMeta("台账说明", NOTICE_ID, Severity.INFO, Step.DOSSIER,
            "台账（SPEC §10.2）", null, false, Set.of(), "{notice}", "{notice}", "(ledger)");

    private final Map<String, Ledger> byName = new LinkedHashMap<>();

    /** Whether a named file is read as a ledger: {@code .xlsx} or {@code .csv} (and {@code .xls}, to say it must be saved as .xlsx). */
    public static boolean isLedger(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".csv") || name.endsWith(".xls");
    }

    /** The run's catalogue with the ledger notice beside the rules, for reports of runs that read ledgers. */
    public static Catalog catalog(Catalog rules) {
        List<RuleMeta> all = new ArrayList<>(rules.rules());
        all.remove(Catalog.INVALID);
        all.add(NOTICE);
        return new Catalog(all);
    }

    /** The ledger named {@code name} in reports, or null. */
    public synchronized Ledger ledger(String name) {
        return byName.get(name);
    }

    public synchronized Collection<Ledger> all() {
        return List.copyOf(byName.values());
    }

    /**
     * Reads the ledger {@code file} (named {@code shown} in reports) and hands each of its rows to
     * {@code sink} as the road's input; a ledger that cannot be read is one input that says why.
     */
    public void read(Path file, String shown, Consumer<Input> sink) {
        String fileName = file.getFileName() == null ? shown : file.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        Ledger ledger = new Ledger(shown, dot > 0 ? fileName.substring(0, dot) : fileName);
        synchronized (this) {
            byName.put(shown, ledger);
        }
        int[] beforeHeader = {0};
        try {
            Sheets.rows(file, row -> {
                if (ledger.layout() == null) {
                    if (row.blank()) {
                        return true;
                    }
                    Layout layout = Layout.of(row);
                    if (layout != null) {
                        ledger.layout(layout);
                        return true;
                    }
                    return ++beforeHeader[0] < Layout.HEADER_SEARCH;
                }
                RowTree.Built built = RowTree.build(ledger.layout(), row, ledger.syntheticId(row.number()), ledger.implied);
                if (built.blank()) {
                    return true;
                }
                ledger.counted(row.number(), built.info());
                ReadResult result = built.root() == null ? ReadResult.failed(ledger.source(), built.problems())
                        : new ReadResult(ledger.source(), new YamlDocument(ledger.source(), built.root(), new SourceMap(built.root())), List.of());
                sink.accept(Input.read(result));
                return true;
            });
        } catch (Sheets.Unreadable e) {
            sink.accept(Input.read(ReadResult.failed(ledger.source(),
                    List.of(new Problem(new Position(Math.max(e.row, 1), 1), e.message)))));
            return;
        }
        if (ledger.layout() == null) {
            sink.accept(Input.read(ReadResult.failed(ledger.source(), List.of(new Problem(Position.START,
                    msg("ledger.no-header", "rows", Layout.HEADER_SEARCH, "examples", "文件名称、文号、发布日期、备案日期"))))));
        }
    }

    /**
     * A sink for the run's results that says each ledger's notice once, after its rows, takes the
     * notice's findings out of the rows, and counts the run as its reports see it (a notice is not a
     * dossier). {@code failOn}: the run's --fail-on, by which a row's status is settled again.
     */
    public Settled settle(Consumer<DossierResult> sink, Severity failOn) {
        return new Settled(sink, failOn);
    }

    /** The results of a run on their way to its reports. */
    public final class Settled implements Consumer<DossierResult> {
        private final Consumer<DossierResult> sink;
        private final Severity failOn;
        private final Summary.Counter counter = new Summary.Counter();
        private final java.util.Set<Ledger> noticed = new java.util.HashSet<>();
        private Ledger current;

        private Settled(Consumer<DossierResult> sink, Severity failOn) {
            this.sink = sink;
            this.failOn = failOn;
        }

        @Override
        public void accept(DossierResult r) {
            Ledger l = ledger(r.file());
            if (current != null && l != current) {
                notice(current);
            }
            current = l;
            DossierResult settled = l == null ? r : l.collapse(r, failOn);
            counter.add(settled);
            sink.accept(settled);
        }

        /** The run is over: the notices not yet said (the last ledger's, a ledger without rows). */
        public void finish() {
            if (current != null) {
                notice(current);
                current = null;
            }
            for (Ledger l : all()) {
                notice(l);
            }
        }

        private void notice(Ledger l) {
            if (noticed.add(l)) {
                DossierResult n = l.notice();
                if (n != null) {
                    counter.addNotice(n);
                    sink.accept(n);
                }
            }
        }

        /** The run's counts, with every notice said. */
        public Summary summary() {
            return counter.summary();
        }
    }
}
