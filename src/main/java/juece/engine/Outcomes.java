package juece.engine;

import juece.calendar.Deadline;
import juece.calendar.Workdays;
import juece.facts.Place;
import juece.text.Args;
import org.kie.api.definition.rule.Rule;

/**
 * What rule consequences call to state a conclusion. The rule's own metadata gives the id; the
 * message template is filled later, in the run's language, from the arguments given here.
 */
public final class Outcomes {
    private Outcomes() {
    }

    /**
     * The rule's finding at {@code path} of the session's one dossier: for extra rules, which run one
     * dossier per session; the built-in rules name the place, and so the dossier.
     */
    public static Outcome of(Rule rule, String path, Object... args) {
        return of(rule, new Place(null, path), args);
    }

    /** The rule's finding at {@code place}, with named message arguments: name, value, name, value… */
    public static Outcome of(Rule rule, Place place, Object... args) {
        return new Outcome(rule.getName(), id(rule), !"false".equals(String.valueOf(rule.getMetaData().get("waivable"))),
                place.dossier(), place.path(), Args.of(args));
    }

    /**
     * The finding when {@code verdict} is true; when it is null the working-day count could not
     * decide (years missing from the calendar), and the rule reports that it did not conclude.
     */
    public static Conclusion counted(Rule rule, Boolean verdict, Workdays count, Place place, Object... args) {
        return verdict != null ? of(rule, place, args)
                : new Inconclusive(id(rule), place, count.from(), count.to(), count.missingYears());
    }

    /** The same for a deadline moved past rest days. */
    public static Conclusion dated(Rule rule, Boolean verdict, Deadline deadline, Place place, Object... args) {
        return verdict != null ? of(rule, place, args)
                : new Inconclusive(id(rule), place, deadline.earliest(), deadline.unknownFrom(), deadline.missingYears());
    }

    private static String id(Rule rule) {
        return String.valueOf(rule.getMetaData().get("id"));
    }
}
