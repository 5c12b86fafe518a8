package juece.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** One consultation (座谈会, 实地走访…) and whom it heard, the dossier's {@code with:} (Art. 14 para 2, 3). */
public record Consultation(DossierKey dossier, ConsultationMethod method, LocalDate date, List<String> heard,
                           Set<String> unknowns, String path) implements Located {
    public Consultation {
        unknowns = Set.copyOf(unknowns);
        heard = heard == null ? null : List.copyOf(heard);
    }
}
