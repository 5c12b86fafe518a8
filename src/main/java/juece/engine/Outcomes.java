package juece.engine;

import java.time.LocalDate;
import juece.calendar.Deadline;
import juece.calendar.Workdays;
import juece.text.Args;
import org.kie.api.definition.rule.Rule;

/**
 * What rule consequences call to state a conclusion. The rule's own metadata gives the id; the
 * message template is filled later, in the run's language, from the arguments given here.
 */
public final class Outcomes {
    private Outcomes() {
    }

    /** The rule's finding at {@code path}, with named message arguments: name, value, name, value… */
    public static Outcome of(Rule rule, String path, Object... args) {
        return new Outcome(rule.getName(), id(rule), !"false".equals(String.valueOf(rule.getMetaData().get("waivable"))),
                path, Args.of(args));
    }

    /** The finding, unless the working-day count behind it needs years the calendar lacks. */
    public static Object counted(Rule rule, Workdays count, String path, Object... args) {
        return count.covered() ? of(rule, path, args)
                : new Inconclusive(id(rule), path, count.from(), count.to(), count.missingYears());
    }

    /** The finding, unless the deadline behind it needs years the calendar lacks. */
    public static Object dated(Rule rule, Deadline deadline, LocalDate from, String path, Object... args) {
        return deadline.covered() ? of(rule, path, args)
                : new Inconclusive(id(rule), path, from, null, deadline.missingYears());
    }

    private static String id(Rule rule) {
        return String.valueOf(rule.getMetaData().get("id"));
    }
}
