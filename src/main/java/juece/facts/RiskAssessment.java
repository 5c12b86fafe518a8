package juece.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * 风险评估 (Art. 22–24). {@code completed}, {@code level} and {@code controllable} may be absent
 * when an earlier assessment covers the risk ({@code priorAssessment}, Art. 22 para 2).
 */
public record RiskAssessment(DossierKey dossier, LocalDate completed, RiskLevel level, Boolean controllable,
                             String priorAssessment, List<String> evidence, Set<String> unknowns, String path) implements Evidenced {
    public RiskAssessment {
        unknowns = Set.copyOf(unknowns);
        evidence = List.copyOf(evidence);
    }

    @Override
    public Step step() {
        return Step.RISK_ASSESSMENT;
    }
}
