package juece.facts;

import java.time.LocalDate;
import java.util.List;

/** 集体讨论决定 (MD Art. 29–30; 地方组织法 Art. 75). */
public record CollectiveDecision(DossierKey dossier, MeetingType meeting, LocalDate date, DecisionOutcome outcome,
                                 boolean headSpokeLast, Dissent dissent, boolean headOverrodeMajority,
                                 String overrideReason, List<String> evidence, String path) implements Evidenced {
    public CollectiveDecision {
        evidence = List.copyOf(evidence);
    }

    @Override
    public Step step() {
        return Step.COLLECTIVE_DECISION;
    }

    public boolean approved() {
        return outcome == DecisionOutcome.APPROVED;
    }
}
