package juece.engine;

import java.util.List;
import juece.facts.DossierKey;
import juece.facts.Place;

/**
 * A rule that could not conclude because values it needs were written {@code unknown}: neither done
 * nor not done, true nor false (SPEC §3). {@code rules/record.drl} reports each of {@code unknown}
 * once as {@code record/unknown}, naming every rule it kept from concluding; the rule reports nothing.
 */
public record Undecided(String rule, DossierKey dossier, List<Place> unknown) {
    public Undecided {
        unknown = List.copyOf(unknown);
    }
}
