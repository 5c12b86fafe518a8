package juece.read;

import java.nio.file.Path;

/**
 * A dossier as the road sees it, wherever it came from (a file, an upload, a ledger row): the name
 * reports give it and what stands beside it.
 */
public record Source(String name, Attachments attachments) {

    /** A dossier file on disk, named {@code name} in reports; its evidence is found in its folder. */
    public static Source file(Path path, String name) {
        Path parent = path.toAbsolutePath().getParent();
        return new Source(name, Attachments.folder(parent == null ? path.toAbsolutePath() : parent));
    }
}
