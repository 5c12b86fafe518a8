package juece.facts;

/** A place in one dossier: the dossier, and the YAML path of the field a finding is about. */
public record Place(DossierKey dossier, String path) {
}
