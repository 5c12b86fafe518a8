package juece.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import juece.catalog.Catalog;
import juece.engine.RuleFileException;
import juece.calendar.WorkCalendar;
import juece.findings.DossierResult;
import juece.findings.Summary;
import juece.ledger.Ledgers;
import juece.pipeline.Checker;
import juece.pipeline.Inputs;
import juece.pipeline.Reading;
import juece.plan.OpenDuties;
import juece.report.Formats;
import juece.report.Reporter;
import juece.report.TextReporter;
import juece.text.Lang;
import juece.text.Texts;
import juece.text.Nearest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code juece check PATH...}: checks dossiers and reports every gap with the article it breaks. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check dossiers (files, or folders searched for *.yaml / *.yml) and ledgers named as files (*.xlsx, *.csv).")
final class CheckCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "dossier files or folders, and ledger files (*.xlsx, *.csv)")
    List<Path> paths;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text | json | sarif | junit | csv | xlsx | html | md (default text)")
    String format;

    @Option(names = "--output", paramLabel = "[FORMAT=]FILE",
            description = "write the --format report to FILE (default standard output); FORMAT=FILE writes that format too (repeatable)")
    List<String> outputs = new ArrayList<>();

    /**
     * The formats a person reads on standard output, written in the console's charset there (GBK on
     * a Chinese Windows); the others are read by programs and stay UTF-8, as every report file does.
     */
    private static final java.util.Set<String> CONSOLE_TEXT = java.util.Set.of("text", "md");

    /** What stands before "=" in FORMAT=FILE: a word, not a path. */
    private static final Pattern FORMAT_LIKE = Pattern.compile("[a-z][a-z0-9_-]*");

    @Mixin
    Options options = new Options();

    @picocli.CommandLine.ParentCommand
    Main main;

    /** One report to write: a format and a file (null: standard output). */
    private record Target(String format, Reporter reporter, Path file) {
    }

    @Override
    public Integer call() {
        List<Target> targets = targets();
        guard(targets);
        Lang lang = options.lang();
        Checker checker;
        WorkCalendar calendar = options.calendar(true);
        try {
            checker = new Checker(new Checker.Options(options.asOf(), options.gate(), options.failOn(),
                    options.profile(), options.rules(), calendar, options.threads(),
                    targets.stream().anyMatch(t -> t.format().equals("html"))));
        } catch (RuleFileException e) {
            throw Main.UsageError.literal(e.getMessage());
        }
        List<OutputStream> streams = new ArrayList<>();
        // ledgers named among the paths (SPEC §10.2): each row a dossier; each ledger's notice said once, after its rows
        boolean ledgersNamed = paths.stream().anyMatch(p -> Ledgers.isLedger(p) && !Files.isDirectory(p));
        Catalog catalog = ledgersNamed ? Ledgers.catalog(checker.catalog()) : checker.catalog();
        Ledgers ledgers = new Ledgers();
        try {
            for (Target t : targets) {
                OutputStream out = t.file() != null ? new BufferedOutputStream(new FileOut(t.file()))
                        : CONSOLE_TEXT.contains(t.format()) ? main.terminal.text(main.out) : new Terminal.Unclosable(main.out);
                streams.add(out);
                t.reporter().start(checker.tool(), catalog, lang, out);
            }
            // the text report ends by pointing to juece plan when duties are still open, the HTML report lists them
            // under each timeline: read from the same judgement as the findings
            boolean text = targets.stream().anyMatch(t -> t.reporter() instanceof TextReporter);
            OpenDuties due = new OpenDuties(calendar);
            Reading<DossierResult> reading = text || checker.options().timelines() ? due : Reading.FINDINGS;
            Ledgers.Settled settled = ledgers.settle(d -> {
                for (Target t : targets) {
                    try {
                        t.reporter().dossier(d);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }, options.failOn());
            checker.run(sink -> Inputs.each(paths, ledgers, sink), reading, settled, Progress.onTerminal(main.err));
            settled.finish();
            Summary summary = settled.summary();
            for (Target t : targets) {
                if (t.reporter() instanceof TextReporter r) {
                    r.openDuties(due.dossiersWithOpenDuties());
                }
                t.reporter().finish(summary);
            }
            closeAll(streams);
            streams.clear();
            if (main.out.checkError()) { // a PrintStream keeps its errors to itself
                throw new IOException("the report could not be written to standard output");
            }
            return summary.exitCode();
        } catch (UncheckedIOException e) {
            throw Main.UsageError.literal(e.getCause().getMessage());
        } catch (IOException e) {
            throw Main.UsageError.literal(e.getMessage());
        } finally {
            closeQuietly(streams); // on the error paths: report files are not left open
        }
    }

    private static void closeAll(List<OutputStream> streams) throws IOException {
        for (OutputStream out : streams) {
            out.close();
        }
    }

    private static void closeQuietly(List<OutputStream> streams) {
        for (OutputStream out : streams) {
            try {
                out.close();
            } catch (IOException e) {
                // the error that brought us here is the one to report
            }
        }
    }

    /**
     * A report never overwrites what the run reads (a dossier, a rule file, the profile), never
     * shares a file with another report (links included), and never lands as a {@code *.yaml} in a
     * folder being checked, where it would be read as a dossier. Checked before anything is opened.
     */
    private void guard(List<Target> targets) {
        if (paths.stream().anyMatch(p -> p.toString().isEmpty())) {
            throw new Main.UsageError("usage.empty-path");
        }
        List<Path> reads = new ArrayList<>(options.rules());
        paths.stream().filter(Files::isRegularFile).forEach(reads::add);
        if (options.profile != null && Files.isRegularFile(Path.of(options.profile))) {
            reads.add(Path.of(options.profile));
        }
        List<Path> written = new ArrayList<>();
        for (Target t : targets) {
            Path f = t.file();
            if (f == null) {
                continue;
            }
            for (Path r : reads) {
                if (same(f, r)) {
                    throw new Main.UsageError("usage.output-overwrites", "file", f, "read", r);
                }
            }
            for (Path w : written) {
                if (same(f, w)) {
                    throw new Main.UsageError("usage.output-twice", "file", f.equals(w) ? f : f + " = " + w);
                }
            }
            for (Path p : paths) {
                if (Inputs.isYaml(f) && Files.isDirectory(p) && real(f).startsWith(real(p))) {
                    throw new Main.UsageError("usage.output-inside", "file", f, "folder", p);
                }
            }
            written.add(f);
        }
    }

    /** The same file: one file under two names or links, or one name twice. */
    static boolean same(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            // compared by name below
        }
        return real(a).equals(real(b));
    }

    /** Where a path leads: links resolved as far as they exist, the rest normalised. */
    static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        try {
            if (Files.exists(abs)) {
                return abs.toRealPath();
            }
            if (Files.isSymbolicLink(abs)) { // dangling: where writing through it would create the file
                abs = abs.resolveSibling(Files.readSymbolicLink(abs)).normalize();
            }
            Path parent = abs.getParent();
            return parent != null && Files.exists(parent) ? parent.toRealPath().resolve(abs.getFileName()) : abs;
        } catch (IOException e) {
            return abs;
        }
    }

    /** --format with its plain --output (or standard output), then every FORMAT=FILE. */
    private List<Target> targets() {
        List<Target> targets = new ArrayList<>();
        Path plain = null;
        for (String o : outputs) {
            int eq = o.indexOf('=');
            String f = eq > 0 ? o.substring(0, eq).toLowerCase(Locale.ROOT) : null;
            if (eq == 0 || eq == o.length() - 1) {
                throw new Main.UsageError("usage.output-form", "output", o);
            }
            if (f != null && Formats.reporter(f).isPresent()) {
                targets.add(target(f, Path.of(o.substring(eq + 1))));
            } else if (f != null && FORMAT_LIKE.matcher(f).matches()) {
                // a mistyped format must not quietly become a file named "sarf=report.sarif"
                String near = Nearest.of(f, Formats.names());
                throw new Main.UsageError("usage.output-format", "output", o, "format", o.substring(0, eq),
                        "hint", near == null ? "" : Texts.msg("format.hint-nearest", "key", near), "formats", Formats.names());
            } else if (plain == null) {
                plain = Path.of(o);
            } else {
                throw new Main.UsageError("usage.output-plain-twice", "output", o);
            }
        }
        targets.add(0, target(format, plain));
        return targets;
    }

    private static Target target(String format, Path file) {
        Reporter r = Formats.reporter(format).orElseThrow(() -> new Main.UsageError(
                "usage.choice", "option", "--format", "value", format, "choices", Formats.names()));
        if (file == null && Formats.needsFile(format)) {
            throw new Main.UsageError("usage.format-needs-file", "format", format);
        }
        return new Target(format, r, file);
    }

    /** A report file whose every failure names it ("No space left on device" alone does not). */
    private static final class FileOut extends java.io.FilterOutputStream {
        private final Path file;

        FileOut(Path file) throws IOException {
            super(open(file));
            this.file = file;
        }

        private static OutputStream open(Path file) throws IOException {
            try {
                return Files.newOutputStream(file);
            } catch (IOException e) {
                throw new IOException("--output " + file + ": cannot be written (" + reason(e) + ")", e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw new IOException("--output " + file + ": " + reason(e), e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } catch (IOException e) {
                throw new IOException("--output " + file + ": " + reason(e), e);
            }
        }

        private static String reason(IOException e) {
            return e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason()
                    : e instanceof java.nio.file.NoSuchFileException ? "no such folder"
                    : String.valueOf(e.getMessage());
        }
    }
}
