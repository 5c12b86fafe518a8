package juece.facts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The normative document itself: its 文号 and registration (三统一), when it takes effect and
 * expires, whether it is 暂行/试行. What its text does is {@link DocumentContent}.
 */
public record Document(DossierKey dossier, String number, boolean registered, LocalDate effective, LocalDate expires,
                       boolean trial, String path) implements Located {

    /** Days from {@code published} to the effective date, the day of publication not counted. */
    public long daysAfter(LocalDate published) {
        return ChronoUnit.DAYS.between(published, effective);
    }

    /** The last day a validity of {@code years} allows: the start day not counted, the corresponding day last (民法典 Art. 201–202). */
    public LocalDate latestExpiry(Integer years) {
        return effective.plusYears(years);
    }
}
