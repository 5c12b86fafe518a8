package juece.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How far the dossier has come: the latest stage it records, or the gate asked for if that is
 * further (SPEC §5). A step is required once the dossier is past its stage. {@code recorded}
 * holds the path of the first recorded step of each stage, so that a finding about a missing step
 * points at the step that went ahead without it; {@code unsure} the steps written {@code unknown},
 * which may or may not have taken place and so may or may not have carried the dossier further.
 */
public record Progress(DossierKey dossier, Stage reached, Gate gate, Map<Stage, String> recorded, Map<Stage, String> unsure) {
    public Progress {
        recorded = Map.copyOf(recorded);
        unsure = Map.copyOf(unsure);
    }

    /** Must the steps of {@code stage} be there by now? */
    public boolean requires(Stage stage) {
        return reached != null && reached.compareTo(stage) > 0;
    }

    /** Must they, or may they: a later step written unknown may have taken place. */
    public boolean mayRequire(Stage stage) {
        return requires(stage) || !unsureAbout(stage).isEmpty();
    }

    /** The steps written unknown that decide whether {@code stage} is required; none when it is known. */
    public List<Place> unsureAbout(Stage stage) {
        List<Place> out = new ArrayList<>();
        if (!requires(stage)) {
            for (Stage s : Stage.values()) {
                if (s.compareTo(stage) > 0 && unsure.containsKey(s)) {
                    out.add(new Place(dossier, unsure.get(s)));
                }
            }
        }
        return out;
    }

    /** Where to point a finding about a missing step of {@code stage}: the first later step recorded or written unknown. */
    public Place anchorAfter(Stage stage) {
        for (Stage s : Stage.values()) {
            String step = s.compareTo(stage) <= 0 ? null : recorded.getOrDefault(s, unsure.get(s));
            if (step != null) {
                return new Place(dossier, step);
            }
        }
        return new Place(dossier, "");
    }
}
