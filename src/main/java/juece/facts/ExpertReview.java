package juece.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** 专家论证 (Art. 19–20). The experts are separate {@link Expert} facts. */
public record ExpertReview(DossierKey dossier, LocalDate date, Boolean opinionSigned, List<String> evidence,
                           Set<String> unknowns, String path) implements Evidenced {
    public ExpertReview {
        unknowns = Set.copyOf(unknowns);
        evidence = List.copyOf(evidence);
    }

    @Override
    public Step step() {
        return Step.EXPERT_REVIEW;
    }
}
