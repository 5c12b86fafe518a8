package juece.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import juece.calendar.WorkCalendar;
import juece.facts.Context;
import juece.facts.DossierFacts;
import juece.facts.FactsBuilder;
import juece.profile.Profiles;
import juece.read.ReadResult;
import juece.read.YamlReader;
import juece.validate.DossierFormat;
import juece.validate.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Extra rule files (--rules, a profile's rules:) layer on the built-in rules, or stop the run with file and line. */
class LayeredRulesTest {
    private static final Path RULES = Path.of("src/test/resources/rules");

    private static int ruleCount(RuleBook b) {
        return b.kieBase().getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
    }

    @Test
    void extraRulesJoinTheBuiltInOnesOnce() throws RuleFileException {
        RuleBook layered = RuleBook.layered(List.of(RULES.resolve("local-hearing.drl")));
        assertEquals(ruleCount(RuleBook.builtIn()) + 1, ruleCount(layered));
        assertTrue(layered.catalog().knows("local/hearing-required"));
        assertTrue(layered.catalog().knows("legality-review/missing"));
        assertTrue(!RuleBook.builtIn().catalog().knows("local/hearing-required"), "the built-in rule book is not changed");
    }

    /**
     * An extra rule may state its finding by path alone, as the README shows; its dossier is then the
     * session's only one, and a waiver of the dossier still sets the finding aside.
     */
    @Test
    void aFindingStatedByPathAloneCanBeWaived(@TempDir Path dir) throws Exception {
        Path dossier = dir.resolve("dossier.yaml");
        Files.writeString(dossier, Files.readString(Path.of("cases/md-hospital-relocation/dossier.yaml"), StandardCharsets.UTF_8)
                + """
                waivers:
                  - rule: local/hearing-required
                    reason: 已以座谈会方式听取意见
                    basis: 某省重大行政决策听证规定第五条
                    approved_by: 某市司法局
                    expires: 2030-12-31
                """, StandardCharsets.UTF_8);
        ReadResult read = YamlReader.read(dossier, dossier.toString());
        assertTrue(read.ok() && Validator.validate(read.document()).isEmpty(), read.problems().toString());
        DossierFacts one = FactsBuilder.build(read.document(),
                new Context(LocalDate.of(2026, 6, 30), null), Profiles.national().parameters(), DossierFormat::describe);
        DossierFacts two = FactsBuilder.build(read.document(), one.context(), one.parameters(), DossierFormat::describe);
        RuleBook layered = RuleBook.layered(List.of(RULES.resolve("local-hearing.drl")));
        for (Engine.Result r : new Engine(layered, WorkCalendar.load(List.of())).run(List.of(one, two))) {
            Outcome local = r.outcomes().stream().filter(o -> o.rule().equals("local/hearing-required")).findFirst().orElseThrow();
            assertEquals("local/hearing-required", r.waived().get(local).rule());
            assertTrue(r.outcomes().stream().noneMatch(o -> o.rule().equals("waiver/unused")), r.outcomes().toString());
        }
    }

    @Test
    void aCompileErrorNamesFileAndLine() {
        RuleFileException e = assertThrows(RuleFileException.class,
                () -> RuleBook.layered(List.of(RULES.resolve("broken.drl"))));
        assertTrue(e.getMessage().startsWith(RULES.resolve("broken.drl") + ":6: "), e.getMessage());
    }

    @Test
    void extraRulesKeepTheMetadataContract(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bare.drl");
        Files.writeString(f, """
                package juece.local;
                import juece.facts.*;
                rule "没有元数据的规则"
                when
                    Dossier()
                then
                end
                """, StandardCharsets.UTF_8);
        RuleFileException e = assertThrows(RuleFileException.class, () -> RuleBook.layered(List.of(f)));
        assertTrue(e.getMessage().startsWith(f + ":3: rule \"没有元数据的规则\""), e.getMessage());
        assertTrue(e.getMessage().contains("missing @id, @severity, @step, @basis, @waivable, @zh, @en"), e.getMessage());
    }

    @Test
    void anExtraRuleMayNotReplaceABuiltInOne(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("shadow.drl");
        Files.writeString(f, """
                package juece.rules;
                import juece.facts.*;
                rule "决策草案未经合法性审查即提交讨论"
                    @id("legality-review/missing") @severity("info") @step("legality_review") @basis("x") @waivable(true)
                    @zh("x") @en("x")
                when
                    Dossier()
                then
                end
                """, StandardCharsets.UTF_8);
        RuleFileException e = assertThrows(RuleFileException.class, () -> RuleBook.layered(List.of(f)));
        assertTrue(e.getMessage().contains("built-in rule"), e.getMessage());
    }

    @Test
    void anExtraBranchOfABuiltInIdKeepsItsSeverity(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("stricter.drl");
        Files.writeString(f, """
                package juece.local;
                import juece.facts.*;

                rule "本地：逾期备案按错误处理"
                    @id("filing/late") @severity("error") @step("filing") @basis("x") @waivable(true)
                    @zh("x") @en("x")
                when
                    Dossier()
                then
                end
                """, StandardCharsets.UTF_8);
        RuleFileException e = assertThrows(RuleFileException.class, () -> RuleBook.layered(List.of(f)));
        assertTrue(e.getMessage().startsWith(f + ":4: "), e.getMessage());
        assertTrue(e.getMessage().contains("severity is fixed: [warning]"), e.getMessage());

        Files.writeString(f, Files.readString(f).replace("@severity(\"error\")", "@severity(\"warning\")")
                .replace("@waivable(true)", "@waivable(false)"), StandardCharsets.UTF_8);
        e = assertThrows(RuleFileException.class, () -> RuleBook.layered(List.of(f)));
        assertTrue(e.getMessage().startsWith(f + ":4: "), "the extra file is blamed, not the shipped rule: " + e.getMessage());
        assertTrue(e.getMessage().contains("disagree on @step or @waivable"), e.getMessage());
    }
}
