package juece.pipeline;

import static juece.text.Texts.msg;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import juece.ledger.Ledgers;
import juece.read.Position;
import juece.read.Problem;
import juece.read.ReadResult;
import juece.read.Source;
import juece.read.YamlReader;
import juece.text.Message;

/**
 * The files a run checks: the files named (a {@code *.xlsx} or {@code *.csv} among them is a ledger,
 * each row a dossier), and every {@code *.yaml}/{@code *.yml} below the folders named, in a stable
 * order (the paths as given; a folder depth first, each folder's entries in name order). A golden-case folder (one holding {@code dossier.yaml} and {@code expected.yaml}) is one
 * dossier: its {@code dossier.yaml}; the expectation and any other YAML beside them (a profile the
 * case names) are the case's material, not dossiers, and are left out.
 * Symbolic links are followed. Whatever cannot be checked is an input too, so that the run
 * reports it: a named path that does not exist, a folder with no dossier, a folder that cannot be
 * read, and a {@code *.yaml} that is a broken link, a FIFO or a device (the reader refuses it
 * without opening it). Each file and folder counts once, however many links lead to it.
 */
public final class Inputs {
    static final String CASE_DOSSIER = "dossier.yaml";
    static final String CASE_EXPECTED = "expected.yaml";
    /** Characters that break a report line or drive a terminal: controls and line separators. */
    static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u0085\\u2028\\u2029]");

    private Inputs() {
    }

    /**
     * A path to check, or one that cannot be checked and why ({@code problem}); {@code attributes}
     * are the file's as the walk read them, a link followed, so that the reader need not read them
     * again (null: not read, or a broken link).
     */
    record FileInput(Path path, Message problem, BasicFileAttributes attributes) implements Input {
        FileInput(Path path, Message problem) {
            this(path, problem, null);
        }

        static FileInput file(Path path) {
            return new FileInput(path, null, null);
        }

        @Override
        public ReadResult read() {
            return problem != null
                    ? ReadResult.failed(Source.file(path, shown()), List.of(new Problem(Position.START, problem)))
                    : YamlReader.read(path, shown(), attributes);
        }

        /**
         * The path as reports show it: control characters (a line break, an escape sequence in a
         * file's name) replaced, so that no report line can be forged and no terminal driven.
         */
        public String shown() {
            String s = path.toString();
            Matcher m = CONTROL.matcher(s);
            return m.find() ? m.replaceAll("\uFFFD") : s; // most names have none: no copy
        }
    }


    /**
     * Hands each input to {@code sink} as the walk meets it, in the run's order: the paths as
     * given, a folder depth first with each folder's entries in name order. A long run starts
     * checking while the walk goes on. A ledger named here has its rows read by a door of its own
     * whose notices are not said: {@link #each(List, Ledgers, Consumer)} says them.
     */
    public static void each(List<Path> paths, Consumer<Input> sink) {
        each(paths, new Ledgers(), sink);
    }

    /**
     * The same, with each ledger named ({@code *.xlsx}, {@code *.csv}; SPEC §2) read by
     * {@code ledgers}, row by row. Only a file named is a ledger: the walk of a folder takes
     * {@code *.yaml} and {@code *.yml} only, since evidence files are often spreadsheets.
     */
    public static void each(List<Path> paths, Ledgers ledgers, Consumer<Input> sink) {
        Set<Object> seen = new HashSet<>(); // files and folders already in the run, by identity
        for (Path p : paths) {
            if (p.toString().isEmpty()) {
                sink.accept(new FileInput(p, msg("input.missing")));
            } else if (Files.isDirectory(p)) {
                if (!firstTime(p, seen)) {
                    continue; // walked (or reported) already, as a path given earlier or a folder below one
                }
                int[] found = {0};
                walk(p, seen, in -> {
                    found[0]++;
                    sink.accept(in);
                });
                if (found[0] == 0) {
                    sink.accept(new FileInput(p, msg("input.empty-folder")));
                }
            } else if (Files.exists(p) || Files.isSymbolicLink(p)) {
                if (firstTime(p, seen)) {
                    FileInput named = FileInput.file(p);
                    if (Ledgers.isLedger(p) && Files.isRegularFile(p)) {
                        ledgers.read(p, named.shown(), sink);
                    } else {
                        sink.accept(named);
                    }
                }
            } else {
                sink.accept(new FileInput(p, msg("input.missing")));
            }
        }
    }

    /**
     * Whether a file or folder is met for the first time in this run: a link, a hard link or a
     * second spelling of one already met adds nothing (its dossier is checked once), and a web of
     * links between folders is walked once, not once per path through it; a link back to a folder
     * being walked ends there.
     */
    private static boolean firstTime(Path p, Set<Object> seen) {
        try {
            return firstTime(p, Files.readAttributes(p, BasicFileAttributes.class), seen);
        } catch (IOException e) {
            return true; // the reader says what is wrong with it
        }
    }

    private static boolean firstTime(Path p, BasicFileAttributes attrs, Set<Object> seen) throws IOException {
        Object key = attrs.fileKey();
        return seen.add(key != null ? key : p.toRealPath());
    }

    /** The dossiers below {@code dir}, links followed, and what below it cannot be walked. */
    private static void walk(Path dir, Set<Object> seen, Consumer<Input> sink) {
        List<Path> entries = new ArrayList<>();
        IOException unlisted = null;
        DirectoryStream<Path> listing;
        try {
            listing = Files.newDirectoryStream(dir);
        } catch (IOException e) {
            sink.accept(new FileInput(dir, problem(e)));
            return;
        }
        try (listing) {
            listing.forEach(entries::add);
        } catch (DirectoryIteratorException e) {
            unlisted = e.getCause(); // opened, but not listed to the end: what was listed is still checked
        } catch (IOException e) {
            unlisted = e;
        }
        if (unlisted != null) {
            sink.accept(new FileInput(dir, problem(unlisted)));
        }
        entries.sort(null);
        // a golden case's YAML other than its dossier is its material (expectation, profile), by name: no stat per entry
        boolean goldenCase = entries.contains(dir.resolve(CASE_DOSSIER)) && entries.contains(dir.resolve(CASE_EXPECTED));
        for (Path entry : entries) {
            try {
                BasicFileAttributes attrs = attributes(entry);
                if (attrs.isDirectory()) {
                    if (firstTime(entry, attrs, seen)) {
                        walk(entry, seen, sink);
                    }
                } else if (isYaml(entry) && !(goldenCase && !entry.endsWith(CASE_DOSSIER)) && firstTime(entry, attrs, seen)) {
                    sink.accept(new FileInput(entry, null, attrs.isSymbolicLink() ? null : attrs));
                }
            } catch (IOException e) {
                // a dossier: the reader says what is wrong with it; a folder (or what may be one): its dossiers were not checked
                sink.accept(isYaml(entry) ? FileInput.file(entry) : new FileInput(entry, problem(e)));
            }
        }
    }

    /** An entry's attributes, a link followed; a broken link is itself, a file the reader reports. */
    private static BasicFileAttributes attributes(Path entry) throws IOException {
        try {
            return Files.readAttributes(entry, BasicFileAttributes.class);
        } catch (IOException e) {
            return Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        }
    }

    private static Message problem(IOException e) {
        return e instanceof AccessDeniedException ? msg("input.folder-denied") : msg("input.unwalkable", "reason", String.valueOf(e.getMessage()));
    }

    /** Whether a file's name makes it a dossier to a walk: *.yaml or *.yml, in any case. */
    public static boolean isYaml(Path f) {
        String name = f.getFileName().toString();
        return endsWithIgnoringCase(name, ".yaml") || endsWithIgnoringCase(name, ".yml");
    }

    private static boolean endsWithIgnoringCase(String s, String suffix) {
        return s.regionMatches(true, s.length() - suffix.length(), suffix, 0, suffix.length());
    }
}
