package juece.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The files a run checks: the files named, and every {@code *.yaml}/{@code *.yml} below the folders
 * named, in a stable order. In a golden-case folder (one holding {@code dossier.yaml}), the
 * {@code expected.yaml} beside it is the case's expectation, not a dossier, and is left out.
 */
public final class Inputs {
    static final String CASE_DOSSIER = "dossier.yaml";
    static final String CASE_EXPECTED = "expected.yaml";

    private Inputs() {
    }

    /** A path to check, one that does not exist (or cannot be walked), or a folder with no dossier in it. */
    public record Input(Path path, boolean exists, boolean emptyFolder) {
    }

    public static List<Input> collect(List<Path> paths) {
        List<Input> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                // symlinked folders are followed (a loop is reported, not followed forever)
                try (Stream<Path> walk = Files.walk(p, FileVisitOption.FOLLOW_LINKS)) {
                    List<Path> found = walk.filter(Files::isRegularFile).filter(Inputs::isYaml)
                            .filter(f -> !isCaseExpectation(f)).sorted().toList();
                    if (found.isEmpty()) {
                        out.add(new Input(p, false, true));
                    }
                    found.forEach(f -> out.add(new Input(f, true, false)));
                } catch (IOException | UncheckedIOException e) {
                    out.add(new Input(p, false, false));
                }
            } else {
                out.add(new Input(p, Files.exists(p), false));
            }
        }
        return out;
    }

    private static boolean isYaml(Path f) {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private static boolean isCaseExpectation(Path f) {
        return f.getFileName().toString().equals(CASE_EXPECTED) && Files.exists(f.resolveSibling(CASE_DOSSIER));
    }
}
