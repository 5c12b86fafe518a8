package juece.facts;

/** Derived by the scope rules: which statutory procedure governs this dossier. */
public record Procedure(DossierKey dossier, Kind kind) {
}
