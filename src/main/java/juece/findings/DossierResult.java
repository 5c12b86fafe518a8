package juece.findings;

import java.util.List;
import juece.facts.Kind;
import juece.read.Position;

/**
 * The outcome for one file: the dossier it holds (when it could be read; {@code idPosition} is where
 * its {@code id:} stands, for findings about the id), its findings in file order, its timeline.
 */
public record DossierResult(String file, String id, Position idPosition, Kind kind, String title, String profile, Status status,
                            List<Finding> findings, Timeline timeline, List<EvidenceRecord> evidence) {
    public DossierResult {
        findings = List.copyOf(findings);
        evidence = List.copyOf(evidence);
    }

    /** The same result with its timeline picture (built only when a report draws it). */
    public DossierResult withTimeline(Timeline t) {
        return new DossierResult(file, id, idPosition, kind, title, profile, status, findings, t, evidence);
    }

    /** How reports name the dossier: its id and title, as much of them as could be read, else the file. */
    public String heading() {
        return heading(" ");
    }

    /** The id, then {@code separator} and the title when one is known (a title written unknown is null). */
    public String heading(String separator) {
        if (id == null) {
            return file;
        }
        return title == null || title.isBlank() ? id : id + separator + title;
    }

    /** Where one name is shown (a calendar event): the title when one is known, else the id. */
    public String name() {
        return title == null || title.isBlank() ? heading() : title;
    }

    /** pass: nothing at or above --fail-on; fail: something; invalid: the file could not be checked. */
    public enum Status {
        PASS, FAIL, INVALID;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
