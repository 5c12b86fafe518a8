package juece.engine;

import java.time.LocalDate;
import java.util.List;
import juece.facts.DossierKey;
import juece.facts.Place;

/**
 * A rule that could not conclude because a working-day count needs years the calendar lacks.
 * {@code rules/calendar.drl} reports it as {@code calendar/not-covered}; the rule reports nothing.
 */
public record Inconclusive(String rule, Place place, LocalDate from, LocalDate to, List<Integer> missingYears)
        implements Conclusion {
    public Inconclusive {
        missingYears = List.copyOf(missingYears);
    }

    @Override
    public DossierKey dossier() {
        return place.dossier();
    }
}
