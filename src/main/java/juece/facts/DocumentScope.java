package juece.facts;

import java.util.Set;

/**
 * Whether a normative document's dossier describes a 行政规范性文件 at all (SPEC §3 v1.1): internal
 * rules, personnel matters and work arrangements are not, and no normative-document procedure applies.
 */
public record DocumentScope(DossierKey dossier, DocumentExclusion excluded, Set<String> unknowns, String path) implements Located {
    public DocumentScope {
        unknowns = Set.copyOf(unknowns);
    }
}
