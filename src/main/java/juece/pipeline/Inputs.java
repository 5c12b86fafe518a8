package juece.pipeline;

import static juece.text.Texts.msg;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import juece.text.Message;

/**
 * The files a run checks: the files named, and every {@code *.yaml}/{@code *.yml} below the folders
 * named, in a stable order. In a golden-case folder (one holding {@code dossier.yaml}), the
 * {@code expected.yaml} beside it is the case's expectation, not a dossier, and is left out.
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

    /** A path to check, or one that cannot be checked and why ({@code problem}). */
    public record Input(Path path, Message problem) {
        static Input file(Path path) {
            return new Input(path, null);
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


    public static List<Input> collect(List<Path> paths) {
        List<Input> out = new ArrayList<>();
        Set<Object> seen = new HashSet<>(); // files and folders already in the run, by identity
        for (Path p : paths) {
            if (p.toString().isEmpty()) {
                out.add(new Input(p, msg("input.missing")));
            } else if (Files.isDirectory(p)) {
                List<Input> found = walk(p, seen);
                out.addAll(found.isEmpty() ? List.of(new Input(p, msg("input.empty-folder"))) : found);
            } else if (Files.exists(p) || Files.isSymbolicLink(p)) {
                if (firstTime(p, seen)) {
                    out.add(Input.file(p));
                }
            } else {
                out.add(new Input(p, msg("input.missing")));
            }
        }
        return out;
    }

    /**
     * Whether a file or folder is met for the first time in this run: a link, a hard link or a
     * second spelling of one already met adds nothing (its dossier is checked once), and a web of
     * links between folders is walked once, not once per path through it.
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

    /** An input the walk met, with the attributes it read (null: none could be read). */
    private record Found(Input input, BasicFileAttributes attrs) {
        Found(Input input) {
            this(input, null);
        }
    }

    private static List<Input> walk(Path root, Set<Object> seen) {
        List<Found> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    return firstTime(dir, attrs, seen) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    if (isYaml(f) && !isCaseExpectation(f)) {
                        found.add(new Found(Input.file(f), attrs));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    if (e instanceof FileSystemLoopException) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (isYaml(f)) {
                        found.add(new Found(Input.file(f))); // the reader says what is wrong with it
                    } else if (!Files.isRegularFile(f)) {
                        found.add(new Found(new Input(f, problem(e)))); // a folder (or what may be one): its dossiers were not checked
                    }
                    return FileVisitResult.CONTINUE;
                }

                /** A folder that could be opened but not listed to the end. */
                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    if (e != null) {
                        found.add(new Found(new Input(dir, problem(e))));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            found.add(new Found(new Input(root, problem(e))));
        }
        found.sort(Comparator.comparing(f -> f.input().path()));
        // in name order, so that the name a file is reported under does not depend on the walk
        List<Input> once = new ArrayList<>(found.size());
        for (Found f : found) {
            Input in = f.input();
            try {
                if (in.problem() != null || f.attrs() == null || firstTime(in.path(), f.attrs(), seen)) {
                    once.add(in);
                }
            } catch (IOException e) {
                once.add(in); // the reader says what is wrong with it
            }
        }
        return once;
    }

    private static Message problem(IOException e) {
        return e instanceof AccessDeniedException ? msg("input.folder-denied") : msg("input.unwalkable", "reason", String.valueOf(e.getMessage()));
    }

    private static boolean isYaml(Path f) {
        String name = f.getFileName().toString();
        return endsWithIgnoringCase(name, ".yaml") || endsWithIgnoringCase(name, ".yml");
    }

    private static boolean endsWithIgnoringCase(String s, String suffix) {
        return s.regionMatches(true, s.length() - suffix.length(), suffix, 0, suffix.length());
    }

    private static boolean isCaseExpectation(Path f) {
        return f.getFileName().toString().equals(CASE_EXPECTED) && Files.exists(f.resolveSibling(CASE_DOSSIER));
    }
}
