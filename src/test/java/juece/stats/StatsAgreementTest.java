package juece.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import juece.facts.CollectiveDecision;
import juece.facts.DecisionOutcome;
import juece.facts.Filing;
import juece.facts.Kind;
import juece.facts.Publication;
import juece.facts.Traits;
import juece.pipeline.Checker;
import org.junit.jupiter.api.Test;

/**
 * Stats and check never disagree: over every golden case, the indicators that a rule also judges
 * place a dossier exactly where the rule's finding (or its silence) puts it.
 */
class StatsAgreementTest {

    private static boolean has(Checked c, String rule) {
        return c.result().findings().stream().anyMatch(f -> f.ruleId().equals(rule));
    }

    /** The dossier's evaluation in the year it counts in (or null when it counts in none of them). */
    private static Judge.Evaluation counted(Checked c) {
        for (int year = 2019; year <= 2027; year++) {
            Judge.Evaluation e = new Judge(year, StatsFixtures.AS_OF, StatsFixtures.CALENDAR).evaluate(new View(c.facts()), c.result());
            if (e.counting() == Judge.Counting.COUNTED) {
                return e;
            }
        }
        return null;
    }

    @Test
    void filedOnTimeAndPublishedOnTimeAgreeWithTheRules() throws Exception {
        List<Checked> all = new ArrayList<>();
        StatsFixtures.checker().run(Checker.files(List.of(Path.of("cases/"))), Checked.READING, all::add, null);
        int filings = 0;
        int unpublished = 0;
        int published = 0;
        for (Checked c : all) {
            if (c.facts() == null) {
                continue;
            }
            View v = new View(c.facts());
            Judge.Evaluation e = counted(c);
            if (e == null) {
                continue;
            }
            String name = c.result().file();
            Filing f = v.one(Filing.class);
            Publication p = v.one(Publication.class);
            // a filing dated after as-of is a planned one (SPEC §9): not filed yet, so not in the indicator
            if (e.kind() == Kind.NORMATIVE_DOCUMENT && f != null && p != null && f.submitted() != null && p.date() != null
                    && !f.submitted().isAfter(StatsFixtures.AS_OF)) {
                filings++;
                Boolean late = StatsFixtures.CALENDAR.deadline(p.date(), c.facts().parameters().filingDays()).endsBefore(f.submitted());
                assertEquals(Boolean.TRUE.equals(late), has(c, "filing/late"), name);
                assertEquals(has(c, "filing/late") ? Judge.Place.DEN : late == null ? Judge.Place.UNKNOWN : Judge.Place.NUM,
                        e.place(Indicator.ND_FILED_ON_TIME), name);
            }
            CollectiveDecision d = v.one(CollectiveDecision.class);
            Traits t = v.one(Traits.class);
            if (e.kind() == Kind.MAJOR_DECISION && p == null && d != null && d.outcome() == DecisionOutcome.APPROVED && d.date() != null
                    && Boolean.FALSE.equals(t.confidential())) {
                unpublished++;
                assertEquals(has(c, "publication/overdue") ? Judge.Place.DEN : Judge.Place.UNKNOWN, e.place(Indicator.MD_PUBLISHED_ON_TIME), name);
            }
            if (e.kind() == Kind.MAJOR_DECISION && p != null && d != null && d.outcome() == DecisionOutcome.APPROVED && Boolean.FALSE.equals(t.confidential())
                    && d.date() != null && p.date() != null && !p.date().isAfter(StatsFixtures.AS_OF)) {
                published++;
                assertEquals(has(c, "publication/late"), e.place(Indicator.MD_PUBLISHED_ON_TIME) == Judge.Place.DEN, name);
            }
            if (e.kind() == Kind.MAJOR_DECISION && d != null && d.recorded() && d.meeting() != null && !v.dossier().isUnknown("authority_type")) {
                assertEquals(has(c, "collective-decision/wrong-meeting"), e.place(Indicator.MD_COLLECTIVE_DECISION) == Judge.Place.DEN, name);
            }
        }
        assertTrue(filings >= 10, "filings judged: " + filings);
        assertTrue(unpublished >= 2, "unpublished decisions judged: " + unpublished);
        assertTrue(published >= 20, "published decisions judged: " + published);
    }
}
