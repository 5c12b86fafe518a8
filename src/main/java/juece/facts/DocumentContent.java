package juece.facts;

/** What the document's text does (true: it does this). Each true flag oversteps a normative document's authority. */
public record DocumentContent(DossierKey dossier, boolean createsLicense, boolean createsPenalty,
                              boolean createsCoerciveMeasure, boolean createsFee, boolean addsObligationsWithoutBasis,
                              boolean restrictsCompetition, boolean expandsOwnPower, String path) implements Located {
}
