package juece.facts;

import java.time.LocalDate;
import java.util.Set;

/**
 * One date a step records (a comment's publication, an expert review's date…), indexed so that
 * ordering rules can compare every date of a stage with a later step in one pattern.
 */
public record StepDate(DossierKey dossier, Step step, Stage stage, String field, LocalDate date, Set<String> unknowns, String path)
        implements Located {
    public StepDate {
        unknowns = Set.copyOf(unknowns);
    }
}
