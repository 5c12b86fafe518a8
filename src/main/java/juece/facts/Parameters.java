package juece.facts;

import java.util.Map;

/**
 * The numbers the national law leaves open, from the run's profile (SPEC §6). {@code sources}
 * says where each value comes from, so a finding that uses one can say it is not national law.
 */
public record Parameters(String profile, int filingDays, int effectiveWaitDays, Integer validityMaxYears,
                         Integer validityMaxYearsTrial, boolean catalogRequired, int archiveGraceDays,
                         Map<String, String> sources) {
    public Parameters {
        sources = Map.copyOf(sources);
    }

    public String source(String parameter) {
        return sources.getOrDefault(parameter, "");
    }
}
