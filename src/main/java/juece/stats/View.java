package juece.stats;

import java.util.List;
import juece.facts.Dossier;
import juece.facts.DossierFacts;

/**
 * One dossier's facts as the indicators ask about them: a step's record, whether a step or a field
 * was written {@code unknown} (SPEC §3 v1.1). A step written unknown has no record and is named in
 * the dossier's own unknown set; an unknown field's value in its record is null and its name is in
 * the record's unknown set. Until the facts carry those sets (the lead's "Unknown:" change), nothing
 * is unknown here.
 */
final class View {
    private final DossierFacts facts;

    View(DossierFacts facts) {
        this.facts = facts;
    }

    Dossier dossier() {
        return facts.dossier();
    }

    DossierFacts facts() {
        return facts;
    }

    /** The dossier's first fact of {@code type}, or null. */
    <T> T one(Class<T> type) {
        List<Object> all = facts.facts();
        for (int i = 0; i < all.size(); i++) { // indexed: a few dozen facts, for every indicator of every dossier
            Object f = all.get(i);
            if (type.isInstance(f)) {
                return type.cast(f);
            }
        }
        return null;
    }

    /** Whether the step written under {@code key} was written {@code unknown} as a whole. */
    boolean stepUnknown(String key) {
        return false;
    }

    /** Whether {@code field} of {@code record} was written {@code unknown}. */
    boolean unknown(Object record, String field) {
        return false;
    }

    /** Whether a step is recorded (YES), not recorded (NO), or written unknown. */
    <T> Tri step(String key, Class<T> type) {
        return one(type) != null ? Tri.YES : stepUnknown(key) ? Tri.UNKNOWN : Tri.NO;
    }
}
