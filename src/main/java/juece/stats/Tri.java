package juece.stats;

/** Yes, no, or not known from the record: the answer an unknown fact gives (SPEC §3 v1.1). */
enum Tri {
    YES, NO, UNKNOWN;

    static Tri of(boolean b) {
        return b ? YES : NO;
    }

    /** A Boolean that may be missing (null): unknown. */
    static Tri of(Boolean b) {
        return b == null ? UNKNOWN : of(b.booleanValue());
    }

    /** Both: no when either is no, whatever the other is; else unknown when either is. */
    Tri and(Tri other) {
        if (this == NO || other == NO) {
            return NO;
        }
        return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : YES;
    }

    /** Not. */
    Tri not() {
        return this == YES ? NO : this == NO ? YES : UNKNOWN;
    }
}
