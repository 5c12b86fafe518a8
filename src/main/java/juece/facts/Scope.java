package juece.facts;

import java.util.Set;

/** Whether the matter falls under the MD regulation (Art. 3) and the published catalogue. */
public record Scope(DossierKey dossier, Category category, Boolean inCatalog, Exclusion excluded, Set<String> unknowns, String path)
        implements Located {
    public Scope {
        unknowns = Set.copyOf(unknowns);
    }
}
