package juece.facts;

import java.time.LocalDate;
import java.util.Set;

/** 决策后评估 and the unit that did it (MD Art. 36). */
public record PostEvaluation(DossierKey dossier, LocalDate date, String evaluator, Boolean evaluatorDidPreDecisionWork,
                             Boolean publicHeard, Set<String> unknowns, String path) implements Located {
    public PostEvaluation {
        unknowns = Set.copyOf(unknowns);
    }
}
