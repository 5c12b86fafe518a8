package juece.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
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

    /** A path to check, or one that does not exist. */
    public record Input(Path path, boolean exists) {
    }

    public static List<Input> collect(List<Path> paths) {
        List<Input> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(Inputs::isYaml).filter(f -> !isCaseExpectation(f))
                            .sorted().forEach(f -> out.add(new Input(f, true)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                out.add(new Input(p, Files.exists(p)));
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
