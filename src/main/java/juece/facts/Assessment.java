package juece.facts;

import java.time.LocalDate;
import java.util.List;

/** 评估论证 of a normative document (地方组织法 Art. 75). */
public record Assessment(DossierKey dossier, LocalDate date, List<String> evidence, String path) implements Evidenced {
    public Assessment {
        evidence = List.copyOf(evidence);
    }

    @Override
    public Step step() {
        return Step.ASSESSMENT;
    }
}
