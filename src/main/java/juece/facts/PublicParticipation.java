package juece.facts;

import java.time.LocalDate;
import java.util.List;

/** What came of hearing the public: opinions received and the report on their adoption (Art. 18, 29). */
public record PublicParticipation(DossierKey dossier, int opinionsReceived, LocalDate adoptionReport,
                                  List<String> evidence, String path) implements Evidenced {
    public PublicParticipation {
        evidence = List.copyOf(evidence);
    }

    @Override
    public Step step() {
        return Step.PUBLIC_PARTICIPATION;
    }
}
