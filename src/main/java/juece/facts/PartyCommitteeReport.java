package juece.facts;

import java.time.LocalDate;

/** 向同级党委请示报告 (Art. 31). */
public record PartyCommitteeReport(DossierKey dossier, LocalDate date, String path) implements Located {
}
