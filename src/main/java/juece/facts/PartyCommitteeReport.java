package juece.facts;

import java.time.LocalDate;
import java.util.Set;

/** 向同级党委请示报告 (Art. 31). */
public record PartyCommitteeReport(DossierKey dossier, LocalDate date, Set<String> unknowns, String path) implements Located {
    public PartyCommitteeReport {
        unknowns = Set.copyOf(unknowns);
    }
}
