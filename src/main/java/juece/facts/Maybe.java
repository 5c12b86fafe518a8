package juece.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What keeps a condition with several ways of holding from being known. A rule's condition is
 * written to hold possibly (a value true or unknown); its consequence names the unknown values it
 * read, so that it does not conclude on them. Where either of two values makes the condition hold,
 * one known to do so settles it, and the other's being unknown does not matter.
 */
public final class Maybe {
    private Maybe() {
    }

    /** {@code a or b}: nothing when either is known true, else the places of those unknown. */
    public static List<Place> either(Boolean a, Place unknownA, Boolean b, Place unknownB) {
        List<Place> out = new ArrayList<>();
        if (Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b)) {
            return out;
        }
        if (unknownA != null) {
            out.add(unknownA);
        }
        if (unknownB != null) {
            out.add(unknownB);
        }
        return out;
    }

    /**
     * "Some of these facts holds", each fact holding unless it is unknown as a whole or one of
     * {@code fields} is: nothing when one surely holds, else every place that keeps one from it.
     */
    public static List<Place> anyOf(Collection<?> facts, String... fields) {
        List<Place> out = new ArrayList<>();
        for (Object o : facts) {
            Located f = (Located) o;
            List<Place> unsure = new ArrayList<>();
            if (!f.recorded()) {
                unsure.add(f.place());
            }
            for (String field : fields) {
                Place p = f.unknownAt(field);
                if (p != null && !unsure.contains(p)) {
                    unsure.add(p);
                }
            }
            if (unsure.isEmpty()) {
                return List.of();
            }
            unsure.stream().filter(p -> !out.contains(p)).forEach(out::add);
        }
        return out;
    }

    /** Where {@code field} of each of {@code facts} is unknown: any of them could decide the rule. */
    public static List<Place> unknownAt(Collection<?> facts, String field) {
        List<Place> out = new ArrayList<>();
        for (Object o : facts) {
            Place p = ((Located) o).unknownAt(field);
            if (p != null && !out.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }

    /** {@link #anyOf(Collection, String...)} over the facts of both collections. */
    public static List<Place> anyOf(Collection<?> some, Collection<?> others, String... fields) {
        List<Object> all = new ArrayList<>(some);
        all.addAll(others);
        return anyOf(all, fields);
    }
}
