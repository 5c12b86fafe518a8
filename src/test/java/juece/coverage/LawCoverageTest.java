package juece.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import juece.catalog.Catalog;
import juece.catalog.RuleMeta;
import juece.catalog.Severity;
import juece.engine.RuleBook;
import juece.facts.Kind;
import juece.facts.Step;
import juece.text.Lang;
import org.junit.jupiter.api.Test;

/**
 * The map of the law holds every article of 重大行政决策程序暂行条例, each with a rule or a note on why
 * it is not checked, never both; docs/law-coverage.md is the map the rules generate now.
 */
class LawCoverageTest {
    private static final Path DOC = Path.of("docs/law-coverage.md");

    private static LawCoverage coverage() {
        return LawCoverage.of(RuleBook.builtIn().catalog(), CoverageNotes.load(), Path.of("cases"));
    }

    @Test
    void everyArticleHasARuleOrANoteAndNoNoteNamesAnArticleARuleCites() {
        LawCoverage c = coverage();
        List<String> wrong = new ArrayList<>();
        LawCoverage.Part whole = c.parts().stream().filter(LawCoverage.Part::whole).findFirst().orElseThrow();
        assertEquals(44, whole.provisions().size(), "every article of the regulation is on the map");
        for (LawCoverage.Part p : c.parts()) {
            for (LawCoverage.Provision v : p.provisions()) {
                if (!v.checked() && v.note() == null) {
                    wrong.add(p.instrument().shortName() + " " + v.article() + " has neither a rule nor a note: cite it in a rule's @basis,"
                            + " or write why it is not checked in " + CoverageNotes.FILE + " under instruments → "
                            + p.instrument().shortName() + " → " + v.article());
                }
            }
        }
        for (LawCoverage.StaleNote s : c.stale()) {
            wrong.add(s.rules().isEmpty()
                    ? "the note on " + s.note().instrument() + " " + s.note().article() + " (" + CoverageNotes.FILE + ", line "
                            + s.note().line() + ") names an article that is not on the map: fix the article or the instrument's name"
                    : s.note().instrument() + " " + s.note().article() + " is now checked by " + String.join(", ", s.rules())
                            + ": delete its note in " + CoverageNotes.FILE + " (line " + s.note().line() + ", instruments → "
                            + s.note().instrument() + " → " + s.note().article() + ") and run scripts/refresh-generated");
        }
        assertEquals(List.of(), wrong);
    }

    /** A rule added on an article that has a note makes the test name the note to delete. */
    @Test
    void aNewRuleOnANotedArticleNamesTheNoteToDelete() {
        List<RuleMeta> rules = new ArrayList<>(RuleBook.builtIn().catalog().rules());
        rules.removeIf(r -> r == Catalog.INVALID);
        rules.add(new RuleMeta("未明确决策执行单位", "execution/unit-missing", Severity.ERROR,
                Step.EXECUTION, "重大行政决策程序暂行条例 第三十四条", null, true, java.util.Set.of(Kind.MAJOR_DECISION), "x", "x", "test"));
        LawCoverage c = LawCoverage.of(new Catalog(rules), CoverageNotes.load(), Path.of("cases"));
        assertEquals(1, c.stale().size(), c.stale().toString());
        LawCoverage.StaleNote s = c.stale().get(0);
        assertEquals("第三十四条", s.note().article());
        assertEquals(List.of("execution/unit-missing"), s.rules());
        LawCoverage.Provision art34 = c.parts().get(0).provisions().get(33);
        assertTrue(art34.checked());
    }

    @Test
    void theMapReadsTheRulesAndCases() {
        LawCoverage c = coverage();
        LawCoverage.Part whole = c.parts().get(0);
        LawCoverage.Provision art15 = whole.provisions().get(14);
        assertEquals("第十五条", art15.article());
        LawCoverage.Implementation comment = art15.rules().stream().filter(i -> i.rule().equals("public-comment/too-short")).findFirst().orElseThrow();
        assertTrue(comment.cases().contains("md-comment-period-29-days"), comment.toString());
        assertTrue(comment.nearMisses().contains("md-comment-period-exactly-30-days"), comment.toString());
        assertTrue(comment.cases().stream().allMatch(n -> n.startsWith("md-")), "only cases of major decisions exercise Art. 15: " + comment.cases());
        assertEquals("立法目的", whole.provisions().get(0).note().kind().label(Lang.ZH));
        assertTrue(c.others().stream().anyMatch(o -> o.rule().equals("normative/validity-too-long")
                && o.bases().equals(List.of("规则档案参数 validity_max_years、validity_max_years_trial"))), c.others().toString());
    }

    /** docs/law-coverage.md is what ./juece coverage --format md writes now, in Chinese then English. */
    @Test
    void theCoverageDocumentIsCurrent() throws IOException {
        String expected = CoverageReport.document(coverage());
        String actual = Files.exists(DOC) ? Files.readString(DOC, StandardCharsets.UTF_8) : "";
        assertEquals(expected, actual, "docs/law-coverage.md is stale: run scripts/refresh-generated");
    }
}
