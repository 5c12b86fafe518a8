package juece.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** 公平竞争审查 (公平竞争审查条例 Art. 13–18). */
public record FairCompetitionReview(DossierKey dossier, LocalDate completed, FcrConclusion conclusion,
                                    List<String> evidence, Set<String> unknowns, String path) implements Evidenced {
    public FairCompetitionReview {
        unknowns = Set.copyOf(unknowns);
        evidence = List.copyOf(evidence);
    }

    @Override
    public Step step() {
        return Step.FAIR_COMPETITION_REVIEW;
    }
}
