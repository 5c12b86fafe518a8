package juece.facts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * The normative document itself: its 文号 and registration (三统一), when it takes effect and
 * expires, whether it is 暂行/试行. What its text does is {@link DocumentContent}.
 */
public record Document(DossierKey dossier, String number, Boolean registered, LocalDate effective, LocalDate expires,
                       Boolean trial, String immediateEffectReason, Set<String> unknowns, String path) implements Located {
    public Document {
        unknowns = Set.copyOf(unknowns);
    }

    /** Days from {@code published} to the effective date, the day of publication not counted; null when a date is unknown. */
    public Long daysAfter(LocalDate published) {
        return published == null || effective == null ? null : ChronoUnit.DAYS.between(published, effective);
    }

    /**
     * The last day a validity of {@code years} allows: the start day not counted, the corresponding
     * day last (民法典 Art. 201–202); null when the effective date is unknown.
     */
    public LocalDate latestExpiry(Integer years) {
        return effective == null ? null : effective.plusYears(years);
    }
}
