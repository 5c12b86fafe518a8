package juece.read;

import java.nio.file.Path;

/** A file being read: where it is (null for bundled resources) and how the user named it. */
public record Source(Path path, String name) {
    /** The folder evidence paths are resolved against (and never escape). */
    public Path folder() {
        Path parent = path.toAbsolutePath().getParent();
        return parent == null ? path.toAbsolutePath() : parent;
    }
}
