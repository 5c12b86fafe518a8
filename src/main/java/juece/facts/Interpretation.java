package juece.facts;

import java.time.LocalDate;
import java.util.Set;

/** 宣传解读 of a published decision or document (MD Art. 32). */
public record Interpretation(DossierKey dossier, LocalDate date, InterpretationMethod method, Set<String> unknowns, String path)
        implements Located {
    public Interpretation {
        unknowns = Set.copyOf(unknowns);
    }
}
