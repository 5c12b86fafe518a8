package juece.facts;

/** A fact that stands somewhere in a dossier: its YAML path, for the finding's line and column. */
public interface Located {
    DossierKey dossier();

    String path();

    /** Where the fact itself stands. */
    default Place place() {
        return new Place(dossier(), path());
    }

    /** The place of one of this fact's fields, e.g. {@code legality_review.completed}. */
    default Place at(String field) {
        return new Place(dossier(), path().isEmpty() ? field : path() + "." + field);
    }
}
