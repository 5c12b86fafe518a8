package juece.facts;

import java.time.LocalDate;
import java.util.Set;

/** 社会公众意见研究采纳情况 (MD Art. 18, 29; 国办发〔2018〕115号（五）). */
public record AdoptionReport(DossierKey dossier, LocalDate date, Set<String> unknowns, String path) implements Located {
    public AdoptionReport {
        unknowns = Set.copyOf(unknowns);
    }
}
