package juece.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import juece.facts.Parameters;
import juece.text.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Profiles (SPEC §6): the built-in ones, files, extends, and every way a profile can be wrong. */
class ProfilesTest {

    @Test
    void nationalHasTheSpecDefaultsAndSaysWhereTheyComeFrom() {
        Parameters p = Profiles.national().parameters();
        assertEquals(30, p.filingDays());
        assertEquals(0, p.effectiveWaitDays());
        assertNull(p.validityMaxYears());
        assertNull(p.validityMaxYearsTrial());
        assertFalse(p.catalogRequired());
        assertEquals(60, p.archiveGraceDays());
        assertTrue(p.source("filing_days").zh().contains("国家法律未规定"), p.source("filing_days").zh());
    }

    @Test
    void everyBuiltInProfileLoadsAndCitesItsSourceWithATag() throws ProfileException {
        for (String name : Profiles.builtIn()) {
            Profile p = Profiles.load(name, Path.of("."));
            assertEquals(name, p.name());
            if (!name.equals(Profiles.NATIONAL)) {
                assertEquals(List.of("national", name), p.chain());
                p.parameters().sources().forEach((k, v) -> {
                    if (!v.zh().isEmpty() && !Profiles.national().parameters().source(k).equals(v)) {
                        assertTrue(v.zh().matches("(?s).*\\[V[123].*"), name + "." + k + " lacks a verification tag: " + v);
                        assertTrue(v.en() != null && v.en().matches("(?s).*\\[V[123].*"), name + "." + k + " lacks an English source with its tag: " + v);
                    }
                });
            }
        }
        Parameters js = Profiles.load("jiangsu", Path.of(".")).parameters();
        assertEquals(5, js.validityMaxYears());
        assertEquals(2, js.validityMaxFor(true));
        Parameters hunan = Profiles.load("hunan", Path.of(".")).parameters();
        assertEquals(15, hunan.filingDays());
        assertEquals(30, hunan.effectiveWaitDays());
        assertTrue(hunan.source("effective_wait_days").zh().contains("第二十条"), hunan.source("effective_wait_days").zh());
        assertTrue(hunan.source("filing_days").zh().contains("未核实"), "the later amendments are not verified, and it says so");
        assertTrue(Profiles.load("heilongjiang", Path.of(".")).parameters().catalogRequired());
        Parameters mca = Profiles.load("mca", Path.of(".")).parameters();
        assertEquals(5, mca.validityMaxYears());
        assertEquals(2, mca.validityMaxYearsTrial());
        assertTrue(mca.source("validity_max_years").zh().contains("一般不得超过5年"), "the text's own 一般 is quoted");
    }

    /**
     * A profile's own source names the article it rests on ("第二十条", "第三条第三款"), or says the
     * article was not seen; the tag in the source is the tag docs/profiles.md gives.
     */
    @Test
    void everySourceNamesItsArticleOrSaysItWasNotSeen() throws ProfileException {
        for (String name : Profiles.builtIn()) {
            if (name.equals(Profiles.NATIONAL)) {
                continue;
            }
            Parameters p = Profiles.load(name, Path.of(".")).parameters();
            p.sources().forEach((k, v) -> {
                if (v.equals(Profiles.national().parameters().source(k))) {
                    return;
                }
                assertTrue(v.zh().matches("(?s).*第[一二三四五六七八九十百]+条.*") || v.zh().contains("条文序号") && v.zh().contains("未核实"),
                        name + "." + k + " names no article and does not say it was not seen: " + v.zh());
                assertTrue(v.en() != null && (v.en().matches("(?s).*Art\\. \\d+.*") || v.en().contains("article number")),
                        name + "." + k + ": the English source names no article: " + v.en());
            });
        }
    }

    /** docs/profiles.md documents every built-in profile and every parameter each sets, with the source's tag. */
    @Test
    void theProfilesDocumentCoversEveryBuiltInProfile() throws java.io.IOException, ProfileException {
        String doc = Files.readString(Path.of("docs/profiles.md"), StandardCharsets.UTF_8);
        String zh = doc.substring(0, doc.indexOf("## English"));
        String en = doc.substring(doc.indexOf("## English"));
        for (String name : Profiles.builtIn()) {
            assertTrue(zh.contains("### " + name), "docs/profiles.md has no Chinese section for " + name);
            assertTrue(en.contains("| `" + name + "` |"), "docs/profiles.md's English table lacks " + name);
            if (name.equals(Profiles.NATIONAL)) {
                continue;
            }
            String section = zh.substring(zh.indexOf("### " + name));
            section = section.substring(0, section.indexOf("\n### ", 4) < 0 ? section.length() : section.indexOf("\n### ", 4));
            Parameters p = Profiles.load(name, Path.of(".")).parameters();
            for (var e : p.sources().entrySet()) {
                if (e.getValue().equals(Profiles.national().parameters().source(e.getKey()))) {
                    continue;
                }
                assertTrue(section.contains("`" + e.getKey() + "`"), "docs/profiles.md: " + name + " sets " + e.getKey() + " but its section does not say so");
                java.util.regex.Matcher tag = java.util.regex.Pattern.compile("\\[(V[123])").matcher(e.getValue().zh());
                assertTrue(tag.find(), name + "." + e.getKey());
                assertTrue(section.contains("| " + tag.group(1)), "docs/profiles.md: " + name + "." + e.getKey() + " is " + tag.group(1) + " in the profile, not in the document");
            }
        }
    }

    @Test
    void aFileExtendsABuiltInAndTakesPlainOrSourcedValues(@TempDir Path dir) throws IOException, ProfileException {
        Files.writeString(dir.resolve("county.yaml"), """
                profile: my-county
                extends: jiangsu
                parameters:
                  filing_days: 15
                  validity_max_years_trial: {value: 1, source: 某县规定第九条, source_en: County rules Art. 9}
                  archive_grace_days: {value: 90, source: 某县档案规定}
                """, StandardCharsets.UTF_8);
        Profile p = Profiles.load("county.yaml", dir);
        assertEquals(List.of("national", "jiangsu", "my-county"), p.chain());
        assertEquals(15, p.parameters().filingDays());
        assertEquals(5, p.parameters().validityMaxYears());
        assertEquals(1, p.parameters().validityMaxFor(true));
        assertEquals("某县规定第九条", p.parameters().source("validity_max_years_trial").label(Lang.ZH));
        assertEquals("County rules Art. 9", p.parameters().source("validity_max_years_trial").label(Lang.EN));
        assertEquals("某县档案规定", p.parameters().source("archive_grace_days").label(Lang.EN), "without source_en, as written");
    }

    private static String problem(Path dir, String yaml) throws IOException {
        Files.writeString(dir.resolve("p.yaml"), yaml, StandardCharsets.UTF_8);
        ProfileException e = assertThrows(ProfileException.class, () -> Profiles.load("p.yaml", dir));
        return e.position() + " " + e.reason().render(Lang.EN);
    }

    @Test
    void everyMistakeIsAnErrorWithItsPlace(@TempDir Path dir) throws IOException {
        assertTrue(problem(dir, "profile: x\nparameters:\n  filing_dayz: 15\n").startsWith("3:3 unknown parameter \"filing_dayz\""));
        assertTrue(problem(dir, "profile: x\nparameters:\n  filing_days: -1\n").startsWith("3:16 parameter \"filing_days\" has an invalid value"));
        assertTrue(problem(dir, "profile: x\nparameters:\n  catalog_required: yes\n").startsWith("3:21 "));
        assertTrue(problem(dir, "profile: x\nparameter: {}\n").startsWith("2:1 unknown profile key \"parameter\""));
        assertTrue(problem(dir, "profile: X Y\n").contains("lower-case"));
        assertTrue(problem(dir, "profile: x\nextends: p.yaml\n").contains("cycle"));
        assertTrue(problem(dir, "profile: x\nrules: [absent.drl]\n").contains("rule file not found"));
        assertTrue(problem(dir, "profile: x\nparameters:\n  filing_days: 1\n  filing_days: 2\n").contains("duplicate key"));
        assertTrue(problem(dir, "profile: x\nextends: guangdong\n").startsWith("2:10 unknown profile \"guangdong\""),
                "an unknown parent is reported where extends names it");
        ProfileException unknown = assertThrows(ProfileException.class, () -> Profiles.load("shanghia", dir));
        assertTrue(unknown.reason().render(Lang.EN).contains("did you mean \"shanghai\""), unknown.getMessage());
    }
}
