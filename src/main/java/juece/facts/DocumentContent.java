package juece.facts;

import java.util.Set;

/** What the document's text does (true: it does this). Each true flag oversteps a normative document's authority. */
public record DocumentContent(DossierKey dossier, Boolean createsLicense, Boolean createsPenalty,
                              Boolean createsCoerciveMeasure, Boolean createsFee, Boolean addsObligationsWithoutBasis,
                              Boolean restrictsCompetition, Boolean expandsOwnPower, Set<String> unknowns, String path) implements Located {
    public DocumentContent {
        unknowns = Set.copyOf(unknowns);
    }
}
