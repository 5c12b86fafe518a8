package juece.facts;

/** Whether the matter falls under the MD regulation (Art. 3) and the published catalogue. */
public record Scope(DossierKey dossier, Category category, boolean inCatalog, Exclusion excluded, String path)
        implements Located {
}
