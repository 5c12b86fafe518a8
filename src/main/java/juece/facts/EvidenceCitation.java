package juece.facts;

/** A step's citation of an evidence id; {@code path} is the cited list item. */
public record EvidenceCitation(DossierKey dossier, Step step, String id, String path) implements Located {
}
