package juece.facts;

import java.util.Set;

/** The dossier's header: what is decided, by whom. */
public record Dossier(DossierKey dossier, String id, Kind kind, String title, String authority,
                      AuthorityType authorityType, String sponsor, Set<String> unknowns, String path) implements Located {
    public Dossier {
        unknowns = Set.copyOf(unknowns);
    }
}
