package juece.facts;

/** The dossier's header: what is decided, by whom. */
public record Dossier(DossierKey dossier, String id, Kind kind, String title, String authority,
                      AuthorityType authorityType, String sponsor, String path) implements Located {
}
