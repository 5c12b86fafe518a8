package juece.facts;

/** One expert or institution of an expert review (Art. 20). */
public record Expert(DossierKey dossier, String name, String affiliation, boolean conflictOfInterest, String path)
        implements Located {
}
