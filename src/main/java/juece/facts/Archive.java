package juece.facts;

import java.time.LocalDate;
import java.util.Set;

/** 归档 of the decision's records (MD Art. 33). */
public record Archive(DossierKey dossier, LocalDate date, Set<String> unknowns, String path) implements Located {
    public Archive {
        unknowns = Set.copyOf(unknowns);
    }
}
