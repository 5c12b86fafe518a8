package juece.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** 集体讨论决定 (MD Art. 29–30; 地方组织法 Art. 75). */
public record CollectiveDecision(DossierKey dossier, MeetingType meeting, LocalDate date, DecisionOutcome outcome,
                                 Boolean headSpokeLast, Dissent dissent, Boolean headOverrodeMajority,
                                 String overrideReason, List<String> evidence, Set<String> unknowns, String path) implements Evidenced {
    public CollectiveDecision {
        unknowns = Set.copyOf(unknowns);
        evidence = List.copyOf(evidence);
    }

    @Override
    public Step step() {
        return Step.COLLECTIVE_DECISION;
    }

    /** Known to have approved the draft. */
    public boolean approved() {
        return outcome == DecisionOutcome.APPROVED;
    }

    /** Approved, or it may have been: the outcome is unknown. */
    public boolean mayHaveApproved() {
        return approved() || isUnknown("outcome");
    }
}
