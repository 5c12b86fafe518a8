package juece.facts;

import java.util.Set;

/** One expert or institution of an expert review (Art. 20). */
public record Expert(DossierKey dossier, String name, String affiliation, Boolean conflictOfInterest, Set<String> unknowns,
                     String path)
        implements Located {
    public Expert {
        unknowns = Set.copyOf(unknowns);
    }
}
