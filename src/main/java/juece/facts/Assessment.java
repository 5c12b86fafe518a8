package juece.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** 评估论证 of a normative document (地方组织法 Art. 75). */
public record Assessment(DossierKey dossier, LocalDate date, List<String> evidence, Set<String> unknowns, String path) implements Evidenced {
    public Assessment {
        unknowns = Set.copyOf(unknowns);
        evidence = List.copyOf(evidence);
    }

    @Override
    public Step step() {
        return Step.ASSESSMENT;
    }
}
