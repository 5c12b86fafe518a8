package juece.facts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

/** 向社会公开征求意见: the notice's publication and closing dates (Art. 15). */
public record PublicComment(DossierKey dossier, LocalDate published, LocalDate closes, List<Channel> channels,
                            String shortenedReason, Set<String> unknowns, String path) implements Located {
    public PublicComment {
        unknowns = Set.copyOf(unknowns);
        channels = channels == null ? null : List.copyOf(channels);
    }

    /** The length of the period in days, the day of publication not counted (民法典 Art. 201); null when a date is unknown. */
    public Long days() {
        return published == null || closes == null ? null : ChronoUnit.DAYS.between(published, closes);
    }
}
