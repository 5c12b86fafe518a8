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
import java.util.List;
import java.util.Locale;
import juece.text.Message;

/**
 * The files a run checks: the files named, and every {@code *.yaml}/{@code *.yml} below the folders
 * named, in a stable order. In a golden-case folder (one holding {@code dossier.yaml}), the
 * {@code expected.yaml} beside it is the case's expectation, not a dossier, and is left out.
 * Symbolic links are followed. Whatever cannot be checked is an input too, so that the run
 * reports it: a named path that does not exist, a folder with no dossier, a folder that cannot be
 * read, and a {@code *.yaml} that is a broken link, a FIFO or a device (the reader refuses it
 * without opening it). A link back to a folder being walked is not followed: its dossiers are
 * already in the run.
 */
public final class Inputs {
    static final String CASE_DOSSIER = "dossier.yaml";
    static final String CASE_EXPECTED = "expected.yaml";

    private Inputs() {
    }

    /** A path to check, or one that cannot be checked and why ({@code problem}). */
    public record Input(Path path, Message problem) {
        static Input file(Path path) {
            return new Input(path, null);
        }
    }

    public static List<Input> collect(List<Path> paths) {
        List<Input> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Input> found = walk(p);
                out.addAll(found.isEmpty() ? List.of(new Input(p, msg("input.empty-folder"))) : found);
            } else {
                out.add(Files.exists(p) || Files.isSymbolicLink(p) ? Input.file(p) : new Input(p, msg("input.missing")));
            }
        }
        return out;
    }

    private static List<Input> walk(Path root) {
        List<Input> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    if (isYaml(f) && !isCaseExpectation(f)) {
                        found.add(Input.file(f));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    if (e instanceof FileSystemLoopException) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (Files.isDirectory(f)) {
                        found.add(new Input(f, problem(e))); // it may hold dossiers: they were not checked
                    } else if (isYaml(f)) {
                        found.add(Input.file(f)); // the reader says what is wrong with it
                    }
                    return FileVisitResult.CONTINUE;
                }

                /** A folder that could be opened but not listed to the end. */
                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    if (e != null) {
                        found.add(new Input(dir, problem(e)));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            found.add(new Input(root, problem(e)));
        }
        found.sort(Comparator.comparing(Input::path));
        return found;
    }

    private static Message problem(IOException e) {
        return e instanceof AccessDeniedException ? msg("input.folder-denied") : msg("input.unwalkable", "reason", String.valueOf(e.getMessage()));
    }

    private static boolean isYaml(Path f) {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private static boolean isCaseExpectation(Path f) {
        return f.getFileName().toString().equals(CASE_EXPECTED) && Files.exists(f.resolveSibling(CASE_DOSSIER));
    }
}
