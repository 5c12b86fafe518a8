package juece.facts;

import java.time.LocalDate;

/** 归档 of the decision's records (MD Art. 33). */
public record Archive(DossierKey dossier, LocalDate date, String path) implements Located {
}
