package juece.stats;

import juece.facts.DossierFacts;
import juece.findings.DossierResult;
import juece.pipeline.Reading;

/**
 * What stats reads of each dossier the road checked: its result and the facts the rules judged
 * ({@code facts} null when it could not be judged, or when the run found its id taken after it was).
 */
record Checked(DossierResult result, DossierFacts facts) {
    /** The reading stats asks the road for: the dossier as it stands, judged once. */
    static final Reading<Checked> READING = (result, judged) -> new Checked(result, judged == null ? null : judged.facts().get(0));
}
