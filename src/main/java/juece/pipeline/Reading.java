package juece.pipeline;

import java.util.List;
import java.util.function.Supplier;
import juece.catalog.Catalog;
import juece.facts.DossierFacts;
import juece.findings.DossierResult;
import juece.findings.Findings;

/**
 * What a run makes of each dossier it meets. {@code check} hands on the dossier's findings;
 * {@code plan} reads the same judgement for the steps still to come and the dates they are due. A
 * reading may have the rules judge a dossier more than once — as it stands, and as at a later
 * stage — in the same batch and session as every other dossier; what it makes of the judgements
 * runs on the checking threads. Readers of the road, never a second road.
 */
public interface Reading<T> {

    /** check: the dossier's result, its findings. */
    Reading<DossierResult> FINDINGS = (result, judged) -> result;

    /**
     * The facts the rules judge for one dossier. The first judgement's conclusions are the dossier's
     * findings; {@code again} builds the dossier's facts anew, with a key of their own, for another
     * judgement in the same session. By default: the dossier as it stands, once.
     */
    default List<DossierFacts> judgements(DossierFacts facts, Supplier<DossierFacts> again) {
        return List.of(facts);
    }

    /**
     * What the run hands on for one dossier: from its result (findings, or the problems that kept it
     * from being checked) and, when the rules judged it, every judgement with what they concluded
     * ({@code judged} null for a dossier that could not be judged).
     */
    T read(DossierResult result, Judged judged);

    /**
     * The judgements of one dossier: each one's facts and what the rules concluded on them, in order,
     * and the catalogue of the rules that judged them (the built-in ones, with extra rules layered on).
     */
    record Judged(List<DossierFacts> facts, List<List<Findings.Concluded>> concluded, Catalog catalog) {
        public Judged {
            facts = List.copyOf(facts);
            concluded = List.copyOf(concluded);
        }
    }
}
