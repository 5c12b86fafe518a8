package juece.facts;

/**
 * One record of the dossier's {@code evidence:} list, with what the facts stage found on disk.
 * {@code actualSha256} is computed only when a hash was recorded and the file is inside the folder.
 */
public record Evidence(DossierKey dossier, String id, EvidenceKind kind, String title, String file, String sha256,
                       FileState fileState, String actualSha256, String path) implements Located {

    /** What became of the evidence's file path. */
    public enum FileState {
        /** no file named */
        NONE,
        /** a regular file inside the dossier's folder */
        PRESENT,
        /** nothing there */
        MISSING,
        /** the path leads outside the dossier's folder (absolute, {@code ..}, or a symlink): never read */
        OUTSIDE
    }
}
