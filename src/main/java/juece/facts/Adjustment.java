package juece.facts;

import java.time.LocalDate;
import java.util.Set;

/** A change, stop, suspension or major adjustment of a published decision (MD Art. 37). */
public record Adjustment(DossierKey dossier, LocalDate date, AdjustmentKind kind, Boolean urgent, Boolean procedureFollowed,
                         String adjustmentDossier, Set<String> unknowns, String path) implements Located {
    public Adjustment {
        unknowns = Set.copyOf(unknowns);
    }
}
