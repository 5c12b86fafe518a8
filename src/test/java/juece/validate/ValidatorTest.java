package juece.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import juece.read.Problem;
import juece.read.ReadResult;
import juece.read.YamlReader;
import juece.text.Lang;
import org.junit.jupiter.api.Test;

/** The format check: every kind of problem, with its place and what was expected. */
class ValidatorTest {
    static final String VALID = """
            format: juece/v1
            kind: major_decision
            id: T-1
            title: 测试事项
            authority: 某县人民政府
            authority_type: government
            scope: {category: public_policy, in_catalog: true, excluded: none}
            traits:
              public_interest: true
              technical: false
              stability_risk: false
              market_entities: false
              public_concern: false
              confidential: false
              specific_groups: []
            """;

    private static List<String> problems(String yaml) {
        ReadResult r = YamlReader.parse("t.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        assertTrue(r.ok(), () -> r.problems().toString());
        return Validator.validate(r.document()).stream()
                .map((Problem p) -> p.position() + " " + p.message().render(Lang.EN)).toList();
    }

    @Test
    void acceptsAMinimalDossier() {
        assertEquals(List.of(), problems(VALID));
    }

    @Test
    void namesTheNearestKeyOfATypo() {
        assertEquals(List.of("16:1 unknown key \"legality_reveiw\" (did you mean \"legality_review\"?)"),
                problems(VALID + "legality_reveiw: {}\n"));
        assertEquals(List.of("16:1 unknown key \"hearing\" (\"public_participation.hearing\" is where it belongs)"),
                problems(VALID + "hearing: {}\n"));
    }

    @Test
    void requiresEveryTraitButExploratoryReform() {
        List<String> p = problems(VALID.replace("  market_entities: false\n", ""));
        assertEquals(1, p.size());
        assertTrue(p.get(0).startsWith("8:1 missing required trait \"traits.market_entities\""), p.get(0));
        assertTrue(p.get(0).contains("never assumes false"), p.get(0));
        assertTrue(p.get(0).endsWith("if the record at hand does not show it, write unknown"), "nothing need be invented: " + p.get(0));
    }

    @Test
    void refusesImpossibleDatesAndWrongTypes() {
        String base = VALID + "archive: {date: %s}\n";
        assertEquals(List.of("16:17 \"archive.date\": there is no date \"2024-02-30\""), problems(base.formatted("2024-02-30")));
        assertEquals(List.of("16:17 \"archive.date\": write the date \"2024-3-1\" as YYYY-MM-DD with half-width digits and hyphens, e.g. 2024-03-01"),
                problems(base.formatted("2024-3-1")));
        assertEquals(List.of("16:17 \"archive.date\" must be a date (YYYY-MM-DD), found a list"), problems(base.formatted("[2024-03-01]")));
    }

    @Test
    void refusesYaml11BooleansAndMistypedChoices() {
        assertTrue(problems(VALID.replace("confidential: false", "confidential: no")).get(0)
                .contains("\"no\" means different things"));
        assertTrue(problems(VALID.replace("excluded: none", "excluded: emergncy")).get(0)
                .contains("(did you mean \"emergency\"?)"));
    }

    @Test
    void refusesSectionsOfTheOtherKind() {
        assertEquals(List.of("16:1 \"filing\" is not part of a major administrative decision dossier"),
                problems(VALID + "filing: {submitted: 2024-01-01}\n"));
    }

    @Test
    void checksTheOrderOfDatesWithinAStep() {
        String yaml = VALID + "legality_review: {submitted: 2024-04-08, completed: 2024-04-01, conclusion: lawful, legal_adviser_opinion: true}\n";
        assertEquals(List.of("16:42 \"legality_review\": completed (2024-04-01) is before submitted (2024-04-08)"), problems(yaml));
    }

    @Test
    void requiresFieldsTheRulesNeed() {
        List<String> p = problems(VALID + "collective_decision: {meeting: executive_meeting, date: 2024-04-26}\n");
        assertEquals(4, p.size(), p.toString());
        assertTrue(p.stream().allMatch(s -> s.startsWith("16:1 missing required field \"collective_decision.")), p.toString());
        assertTrue(p.stream().allMatch(s -> s.endsWith("write unknown")), p.toString());
    }

    @Test
    void aHashOfDigitsIsStillAHash() {
        assertEquals(List.of(), problems(VALID + "evidence:\n  - {id: m, kind: other, sha256: " + "0".repeat(64) + "}\n"
                + "  - {id: n, kind: other, sha256: 12" + "3".repeat(60) + "e9}\n"));
        assertEquals(1, problems(VALID + "evidence:\n  - {id: m, kind: other, sha256: 12345}\n").size());
    }

    @Test
    void refusesDuplicateEvidenceIds() {
        String yaml = VALID + "evidence:\n  - {id: m, kind: meeting_minutes}\n  - {id: m, kind: notice}\n";
        assertEquals(List.of("18:10 evidence id \"m\" is used twice (already on line 17)"), problems(yaml));
    }

    @Test
    void refusesAnUnknownFormatVersionAndAMissingKind() {
        List<String> p = problems(VALID.replace("format: juece/v1", "format: juece/v2").replace("kind: major_decision\n", ""));
        assertTrue(p.stream().anyMatch(s -> s.startsWith("1:9 \"format\" must be \"juece/v1\"")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.contains("missing required field \"kind\"")), p.toString());
        assertTrue(p.stream().noneMatch(s -> s.contains("write unknown")), "a kind must be known: " + p);
    }
}
