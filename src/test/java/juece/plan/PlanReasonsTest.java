package juece.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import juece.catalog.Catalog;
import juece.catalog.RuleMeta;
import juece.engine.RuleBook;
import juece.facts.Kind;
import org.junit.jupiter.api.Test;

/**
 * Plan words why a step is required from the rule's own condition, read from the compiled rule: if a
 * rule's condition on the traits changes, the reason changes with it, and this test says so.
 */
class PlanReasonsTest {
    private static final Catalog CATALOG = RuleBook.builtIn().catalog();

    private static List<Branches.OnTrait> on(String id, Kind kind) {
        RuleMeta r = Branches.branches(CATALOG, id, kind).get(0);
        return Branches.onTraits(r.name());
    }

    @Test
    void thePresenceRulesReadTheTraitsTheLawNames() {
        assertEquals(List.of(new Branches.OnTrait("technical", true)), on("expert-review/missing", Kind.MAJOR_DECISION));
        assertEquals(List.of(new Branches.OnTrait("stabilityRisk", true)), on("risk-assessment/missing", Kind.MAJOR_DECISION));
        assertEquals(List.of(new Branches.OnTrait("marketEntities", true)), on("fair-competition-review/missing", Kind.NORMATIVE_DOCUMENT));
        assertEquals(List.of(new Branches.OnTrait("confidential", false)), on("public-participation/missing", Kind.MAJOR_DECISION));
        assertEquals(List.of(), on("legality-review/missing", Kind.NORMATIVE_DOCUMENT));
        assertEquals("stability_risk", new Branches.OnTrait("stabilityRisk", true).key());
    }

    @Test
    void aStepIsDoneWhenTheFactItsRuleLooksForIsThere() {
        assertEquals(java.util.Set.of("Consultation", "Hearing", "PublicComment"), java.util.Set.copyOf(
                Branches.absent(Branches.branches(CATALOG, "public-participation/missing", Kind.MAJOR_DECISION).get(0).name())));
        assertEquals(List.of("PublicComment"),
                Branches.absent(Branches.branches(CATALOG, "public-participation/missing", Kind.NORMATIVE_DOCUMENT).get(0).name()));
    }

    @Test
    void theBranchThatAppliesIsChosenByKindAndTraits() {
        // a normative document on market entities: 30 days (优化营商环境条例第六十二条); otherwise the 7-working-day benchmark
        RuleMeta market = Branches.applicable(CATALOG, "public-comment/too-short", Kind.NORMATIVE_DOCUMENT,
                new juece.facts.Traits(null, true, false, false, true, false, false, List.of(), false, java.util.Set.of(), "traits"));
        assertTrue(market.basis().contains("优化营商环境条例"), market.basis());
        RuleMeta other = Branches.applicable(CATALOG, "public-comment/too-short", Kind.NORMATIVE_DOCUMENT,
                new juece.facts.Traits(null, true, false, false, false, false, false, List.of(), false, java.util.Set.of(), "traits"));
        assertTrue(other.basis().contains("示范指标体系"), other.basis());
    }

    @Test
    void theReviewRulesOfNormativeDocumentsLetAnEmergencyGroundThrough() {
        // the excused branch of a review (urgent_reason) has no rule of its own: plan reads it from the condition
        for (String id : List.of("legality-review/too-short", "legality-review/too-long")) {
            RuleMeta nd = Branches.branches(CATALOG, id, Kind.NORMATIVE_DOCUMENT).get(0);
            assertTrue(RuleBook.builtIn().conditions(nd.name()).on("LegalityReview").contains("urgentReason == null"), id);
        }
    }
}
