package juece.facts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** 向社会公开征求意见: the notice's publication and closing dates (Art. 15). */
public record PublicComment(DossierKey dossier, LocalDate published, LocalDate closes, List<Channel> channels,
                            String shortenedReason, String path) implements Located {
    public PublicComment {
        channels = List.copyOf(channels);
    }

    /** The length of the period in days: the day of publication does not count (民法典 Art. 201). */
    public long days() {
        return ChronoUnit.DAYS.between(published, closes);
    }
}
