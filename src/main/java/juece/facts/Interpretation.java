package juece.facts;

import java.time.LocalDate;

/** 宣传解读 of a published decision or document (MD Art. 32). */
public record Interpretation(DossierKey dossier, LocalDate date, InterpretationMethod method, String path)
        implements Located {
}
