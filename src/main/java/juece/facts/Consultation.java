package juece.facts;

import java.time.LocalDate;
import java.util.List;

/** One consultation (座谈会, 实地走访…) and whom it heard, the dossier's {@code with:} (Art. 14 para 2, 3). */
public record Consultation(DossierKey dossier, ConsultationMethod method, LocalDate date, List<String> heard,
                           String path) implements Located {
    public Consultation {
        heard = List.copyOf(heard);
    }
}
