package juece.facts;

import java.time.LocalDate;
import java.util.List;

/** 专家论证 (Art. 19–20). The experts are separate {@link Expert} facts. */
public record ExpertReview(DossierKey dossier, LocalDate date, boolean opinionSigned, List<String> evidence,
                           String path) implements Evidenced {
    public ExpertReview {
        evidence = List.copyOf(evidence);
    }

    @Override
    public Step step() {
        return Step.EXPERT_REVIEW;
    }
}
