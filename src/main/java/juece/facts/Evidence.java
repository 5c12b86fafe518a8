package juece.facts;

import java.util.Set;
import juece.read.Attachments;

/**
 * One record of the dossier's {@code evidence:} list, with what the facts stage found beside the
 * dossier. {@code actualSha256} is computed only when a hash was recorded and the file is there.
 */
public record Evidence(DossierKey dossier, String id, EvidenceKind kind, String title, String file, String url, String sha256,
                       Attachments.State fileState, String actualSha256, Set<String> unknowns, String path) implements Located {
    public Evidence {
        unknowns = Set.copyOf(unknowns);
    }
}
