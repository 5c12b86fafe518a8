package juece.facts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/** 听证会 (Art. 16, 17). */
public record Hearing(DossierKey dossier, LocalDate announced, LocalDate materialsDelivered, LocalDate held,
                      Boolean recordSigned, Set<String> unknowns, String path) implements Located {
    public Hearing {
        unknowns = Set.copyOf(unknowns);
    }

    /** Days from the delivery of the materials to the hearing (the delivery day not counted); null when a date is unknown. */
    public Long noticeDays() {
        return materialsDelivered == null || held == null ? null : ChronoUnit.DAYS.between(materialsDelivered, held);
    }
}
