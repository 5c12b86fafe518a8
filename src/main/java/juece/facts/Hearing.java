package juece.facts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** 听证会 (Art. 16, 17). */
public record Hearing(DossierKey dossier, LocalDate announced, LocalDate materialsDelivered, LocalDate held,
                      boolean recordSigned, String path) implements Located {

    /** Days from the delivery of the materials to the hearing (the delivery day not counted). */
    public long noticeDays() {
        return ChronoUnit.DAYS.between(materialsDelivered, held);
    }
}
