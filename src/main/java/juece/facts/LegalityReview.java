package juece.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** 合法性审查 / 合法性审核 (MD Art. 25–28; 国办发〔2018〕115号). */
public record LegalityReview(DossierKey dossier, LocalDate submitted, LocalDate completed, String reviewer,
                             LegalityConclusion conclusion, Boolean legalAdviserOpinion, String urgentReason,
                             List<String> evidence, Set<String> unknowns, String path) implements Evidenced {
    public LegalityReview {
        unknowns = Set.copyOf(unknowns);
        evidence = List.copyOf(evidence);
    }

    @Override
    public Step step() {
        return Step.LEGALITY_REVIEW;
    }

    /** Submitted and known not to be completed yet: neither its date nor its conclusion is written (SPEC §9). */
    public boolean underWay() {
        return completed == null && !isUnknown("completed");
    }
}
