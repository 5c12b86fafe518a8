package juece.facts;

import java.util.Map;

/**
 * How far the dossier has come: the latest stage it records, or the gate asked for if that is
 * further (SPEC §5). A step is required once the dossier is past its stage. {@code recorded}
 * holds the path of the first recorded step of each stage, so that a finding about a missing step
 * points at the step that went ahead without it.
 */
public record Progress(DossierKey dossier, Stage reached, Gate gate, Map<Stage, String> recorded) {
    public Progress {
        recorded = Map.copyOf(recorded);
    }

    /** Must the steps of {@code stage} be there by now? */
    public boolean requires(Stage stage) {
        return reached != null && reached.compareTo(stage) > 0;
    }

    /** Where to point a finding about a missing step of {@code stage}: the first recorded later step. */
    public Place anchorAfter(Stage stage) {
        for (Stage s : Stage.values()) {
            if (s.compareTo(stage) > 0 && recorded.containsKey(s)) {
                return new Place(dossier, recorded.get(s));
            }
        }
        return new Place(dossier, "");
    }
}
