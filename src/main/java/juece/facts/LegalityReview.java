package juece.facts;

import java.time.LocalDate;
import java.util.List;

/** 合法性审查 / 合法性审核 (MD Art. 25–28; 国办发〔2018〕115号). */
public record LegalityReview(DossierKey dossier, LocalDate submitted, LocalDate completed, String reviewer,
                             LegalityConclusion conclusion, Boolean legalAdviserOpinion, String urgentReason,
                             List<String> evidence, String path) implements Evidenced {
    public LegalityReview {
        evidence = List.copyOf(evidence);
    }

    @Override
    public Step step() {
        return Step.LEGALITY_REVIEW;
    }
}
