package juece.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import juece.facts.DossierKey;
import juece.facts.Place;

/**
 * What a rule's consequence states: a finding ({@link Outcome}), or that the calendar could not
 * decide ({@link Inconclusive}); either gives way to {@link Undecided} when a value the rule read
 * was written {@code unknown}.
 */
public interface Conclusion {

    /** The rule's id. */
    String rule();

    DossierKey dossier();

    /**
     * This conclusion, or, when any of {@code unknown} is a place (a {@link Place}, or a collection of
     * them; nulls are known values), that the rule could not conclude because of those values.
     */
    default Object unless(Object... unknown) {
        List<Place> places = new ArrayList<>();
        for (Object u : unknown) {
            if (u instanceof Place p) {
                add(places, p);
            } else if (u instanceof Collection<?> c) {
                c.forEach(p -> add(places, (Place) p));
            } else if (u != null) {
                throw new IllegalArgumentException("not a place: " + u);
            }
        }
        return places.isEmpty() ? this : new Undecided(rule(), places.get(0).dossier(), places);
    }

    private static void add(List<Place> places, Place p) {
        if (!places.contains(p)) {
            places.add(p);
        }
    }
}
