package juece.profile;

/** The parameters a profile may set (SPEC §6); anything else in a profile is an error. */
public enum Parameter {
    FILING_DAYS("filing_days", Type.DAYS),
    EFFECTIVE_WAIT_DAYS("effective_wait_days", Type.DAYS_OR_ZERO),
    VALIDITY_MAX_YEARS("validity_max_years", Type.YEARS_OR_NULL),
    VALIDITY_MAX_YEARS_TRIAL("validity_max_years_trial", Type.YEARS_OR_NULL),
    CATALOG_REQUIRED("catalog_required", Type.FLAG),
    ARCHIVE_GRACE_DAYS("archive_grace_days", Type.DAYS);

    /** What values a parameter takes. */
    public enum Type { DAYS, DAYS_OR_ZERO, YEARS_OR_NULL, FLAG }

    private final String key;
    private final Type type;

    Parameter(String key, Type type) {
        this.key = key;
        this.type = type;
    }

    public String key() {
        return key;
    }

    public Type type() {
        return type;
    }

    /** This parameter's value in {@code p}: an Integer, a Boolean, or null (no maximum). */
    public Object valueIn(juece.facts.Parameters p) {
        return switch (this) {
            case FILING_DAYS -> p.filingDays();
            case EFFECTIVE_WAIT_DAYS -> p.effectiveWaitDays();
            case VALIDITY_MAX_YEARS -> p.validityMaxYears();
            case VALIDITY_MAX_YEARS_TRIAL -> p.validityMaxYearsTrial();
            case CATALOG_REQUIRED -> p.catalogRequired();
            case ARCHIVE_GRACE_DAYS -> p.archiveGraceDays();
        };
    }

    public static Parameter byKey(String key) {
        for (Parameter p : values()) {
            if (p.key.equals(key)) {
                return p;
            }
        }
        return null;
    }
}
