package juece.findings;

/** One record of a dossier's evidence list as reports show it: a public record's address among them. */
public record EvidenceRecord(String id, String kind, String title, String file, String url) {
}
