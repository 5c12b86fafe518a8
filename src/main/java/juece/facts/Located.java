package juece.facts;

/** A fact that stands somewhere in the dossier: its YAML path, for the finding's line and column. */
public interface Located {
    String path();

    /** The path of one of this fact's fields, e.g. {@code legality_review.completed}. */
    default String at(String field) {
        return path().isEmpty() ? field : path() + "." + field;
    }
}
