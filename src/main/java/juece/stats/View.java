package juece.stats;

import java.util.List;
import juece.facts.Dossier;
import juece.facts.DossierFacts;
import juece.facts.Located;

/**
 * One dossier's facts as the indicators ask about them: a step's record, whether a step or a field
 * was written {@code unknown} (SPEC §3 v1.1). A step written unknown as a whole is a placeholder
 * record that may not exist ({@link Located#recorded()} false); an unknown field reads as null and
 * is named in its record's unknowns ({@link Located#isUnknown}).
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

    /** The dossier's first fact of {@code type} (a placeholder, for a step written unknown), or null. */
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

    /** Whether {@code field} of {@code record} was written {@code unknown} (or the whole record was). */
    boolean unknown(Object record, String field) {
        return record instanceof Located l && l.isUnknown(field);
    }

    /** Whether a step is recorded (YES), not recorded (NO), or written unknown as a whole. */
    <T> Tri step(Class<T> type) {
        T r = one(type);
        return r == null ? Tri.NO : r instanceof Located l && !l.recorded() ? Tri.UNKNOWN : Tri.YES;
    }
}
