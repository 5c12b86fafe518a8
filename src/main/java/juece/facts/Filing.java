package juece.facts;

import java.time.LocalDate;
import java.util.Set;

/** 备案: when the document was filed, and with whom (地方组织法 Art. 75). */
public record Filing(DossierKey dossier, LocalDate submitted, String to, Set<String> unknowns, String path) implements Located {
    public Filing {
        unknowns = Set.copyOf(unknowns);
    }
}
