package juece.facts;

import java.util.Map;

/**
 * The numbers the national law leaves open, from the run's profile (SPEC §6). {@code sources}
 * says where each value comes from, so a finding that uses one can say it is not national law.
 */
public record Parameters(String profile, int filingDays, int effectiveWaitDays, Integer validityMaxYears,
                         Integer validityMaxYearsTrial, boolean catalogRequired, int archiveGraceDays,
                         Map<String, ParameterSource> sources) {
    public Parameters {
        sources = Map.copyOf(sources);
    }

    /** The longest validity a document may have: the trial maximum for 暂行/试行 documents when one is set. */
    public Integer validityMaxFor(boolean trial) {
        return trial && validityMaxYearsTrial != null ? validityMaxYearsTrial : validityMaxYears;
    }

    /**
     * Whether knowing if a document is 暂行/试行 decides if any maximum applies: one applies to one
     * kind of document and none to the other.
     */
    public boolean maximumDependsOnTrial() {
        return (validityMaxFor(true) == null) != (validityMaxFor(false) == null);
    }

    /** Whether the document runs past the maximum for a 暂行/试行 document and past the one for any other. */
    public boolean tooLongEitherWay(Document d) {
        return tooLong(d, true) && tooLong(d, false);
    }

    private boolean tooLong(Document d, boolean trial) {
        Integer max = validityMaxFor(trial);
        return max != null && d.expires() != null && d.effective() != null && d.expires().isAfter(d.latestExpiry(max));
    }

    /** The longest validity of a 暂行/试行 document (the general maximum when no trial maximum is set). */
    public Integer trialValidityMax() {
        return validityMaxFor(true);
    }

    /** The parameter that sets {@link #validityMaxFor}, for the finding's message. */
    public String validityParameterFor(boolean trial) {
        return trial && validityMaxYearsTrial != null ? "validity_max_years_trial" : "validity_max_years";
    }

    public ParameterSource source(String parameter) {
        return sources.getOrDefault(parameter, ParameterSource.NONE);
    }
}
