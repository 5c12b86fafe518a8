package juece.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import juece.catalog.Catalog;
import juece.catalog.RuleMeta;
import juece.facts.DossierKey;
import juece.facts.Kind;
import juece.golden.GoldenCase;
import juece.golden.GoldenCases;
import org.junit.jupiter.api.Test;

/**
 * Conventions enforced by tests, not memory: metadata on every rule, ids and severities as SPEC §4
 * fixes them, a firing case and a near-miss case for every id, DRL that reads like the law.
 */
class RuleHygieneTest {
    private static final Catalog CATALOG = RuleBook.builtIn().catalog();
    private static final Path RULES = Path.of("rules");

    /** SPEC §4, copied: id → main severity, waivability, and the kinds it applies to. */
    private static Map<String, String[]> spec() throws IOException {
        Map<String, String[]> spec = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/spec-rules.tsv"), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] cols = line.split("\t");
                spec.put(cols[0], cols);
            }
        }
        return spec;
    }

    @Test
    void everyRuleCarriesItsMetadata() {
        List<RuleBook.MetaProblem> problems = new ArrayList<>();
        RuleBook.readMetadata(RuleBook.builtIn().kieBase(), problems);
        assertEquals(List.of(), problems);
    }

    @Test
    void idsSeveritiesAndWaivabilityAreTheSpecs() throws IOException {
        Map<String, String[]> spec = spec();
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, List<RuleMeta>> e : CATALOG.ids().entrySet()) {
            String[] s = spec.get(e.getKey());
            if (s == null) {
                wrong.add(e.getKey() + " is not in SPEC §4");
                continue;
            }
            RuleMeta main = e.getValue().get(0);
            if (!main.severity().id().equals(s[1])) {
                wrong.add(e.getKey() + ": main severity " + main.severity().id() + ", SPEC says " + s[1]);
            }
            if (CATALOG.waivable(e.getKey()) != s[2].equals("waivable")) {
                wrong.add(e.getKey() + ": waivable " + CATALOG.waivable(e.getKey()) + ", SPEC table says " + s[2]);
            }
        }
        for (Map.Entry<String, String[]> s : spec.entrySet()) {
            if (!CATALOG.knows(s.getKey())) {
                wrong.add(s.getKey() + " (SPEC §4) is not implemented");
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void kindMetadataMatchesTheRulesConditionsAndTheSpec() throws IOException {
        List<String> wrong = new ArrayList<>();
        Pattern ruleBlock = Pattern.compile("(?ms)^rule \"([^\"]+)\"(.*?)^end$");
        try (Stream<Path> files = Files.list(RULES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                Matcher m = ruleBlock.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    String body = m.group(2);
                    if (body.contains("@derives")) {
                        continue;
                    }
                    String condition = body.substring(body.indexOf("\nwhen\n"));
                    String declared = body.contains("@kind(\"major_decision\")") ? "major_decision"
                            : body.contains("@kind(\"normative_document\")") ? "normative_document" : "";
                    String constrained = condition.matches("(?s).*(Procedure|Dossier)\\(kind == Kind\\.MAJOR_DECISION(, \\$dossier : dossier)?\\).*") ? "major_decision"
                            : condition.matches("(?s).*(Procedure|Dossier)\\(kind == Kind\\.NORMATIVE_DOCUMENT(, \\$dossier : dossier)?\\).*") ? "normative_document" : "";
                    if (!declared.equals(constrained)) {
                        wrong.add(f.getFileName() + " " + m.group(1) + ": @kind \"" + declared + "\" but the condition says \"" + constrained + "\"");
                    }
                }
            }
        }
        for (Map.Entry<String, String[]> e : spec().entrySet()) {
            Set<Kind> kinds = CATALOG.kinds(e.getKey());
            String k = e.getValue()[3];
            boolean ok = switch (k) {
                case "md" -> kinds.equals(EnumSet.of(Kind.MAJOR_DECISION));
                case "nd" -> kinds.equals(EnumSet.of(Kind.NORMATIVE_DOCUMENT));
                default -> kinds.equals(EnumSet.allOf(Kind.class));
            };
            if (!ok) {
                wrong.add(e.getKey() + ": judges " + kinds + ", SPEC table says " + k);
            }
        }
        assertEquals(List.of(), wrong);
    }

    /**
     * The dossiers of a batch share a session, so a rule that matches two facts of a dossier must
     * say they are of the same one: the first binds {@code $dossier : dossier}, every later one
     * ({@code not} and {@code exists} too) has {@code dossier == $dossier}.
     */
    @Test
    void everyRuleJoinsItsFactsOnTheirDossier() throws IOException {
        List<String> wrong = new ArrayList<>();
        Pattern ruleBlock = Pattern.compile("(?ms)^rule \"([^\"]+)\"(.*?)^then$");
        Pattern pattern = Pattern.compile("\\b([A-Z]\\w*)\\(");
        try (Stream<Path> files = Files.list(RULES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                Matcher m = ruleBlock.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    String condition = m.group(2).substring(m.group(2).indexOf("\nwhen\n"));
                    Matcher p = pattern.matcher(condition);
                    int keyed = 0;
                    while (p.find()) {
                        if (!ofOneDossier(p.group(1))) {
                            continue;
                        }
                        String rest = condition.substring(p.end());
                        String expected = keyed++ == 0 ? null : "dossier == $dossier";
                        if (expected != null && !rest.startsWith(expected)) {
                            wrong.add(f.getFileName() + " " + m.group(1) + ": " + p.group(1) + " is not joined on $dossier");
                        }
                    }
                    if (keyed > 1 && !condition.contains("$dossier : dossier")) {
                        wrong.add(f.getFileName() + " " + m.group(1) + ": no pattern binds $dossier");
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** Whether facts of this type belong to one dossier (they carry its key). */
    private static boolean ofOneDossier(String type) {
        for (String pkg : List.of("juece.facts.", "juece.engine.")) {
            try {
                return Class.forName(pkg + type).getMethod("dossier").getReturnType() == DossierKey.class;
            } catch (ClassNotFoundException | NoSuchMethodException e) {
                // not a fact of this package, or one the dossiers of a batch share
            }
        }
        return false;
    }

    @Test
    void everyIdFiresInACaseAndStaysSilentInANearMiss() throws Exception {
        Set<String> fired = new HashSet<>();
        Set<String> nearMiss = new HashSet<>();
        for (Path folder : GoldenCases.findAll(Path.of(""))) {
            GoldenCase c = GoldenCases.read(folder);
            c.findings().forEach(f -> fired.add(f.rule()));
            nearMiss.addAll(c.nearMiss());
            for (String id : c.nearMiss()) {
                assertTrue(CATALOG.knows(id), folder + " names an unknown rule as near miss: " + id);
            }
        }
        Set<String> noFiring = new TreeSet<>(CATALOG.ids().keySet());
        noFiring.removeAll(fired);
        Set<String> noNearMiss = new TreeSet<>(CATALOG.ids().keySet());
        noNearMiss.removeAll(nearMiss);
        assertEquals(Set.of(), noFiring, "rules with no case where they fire");
        assertEquals(Set.of(), noNearMiss, "rules with no near-miss case");
    }

    /**
     * Rules that judge nothing a dossier may write unknown: the dossier's own register of evidence and
     * waivers, the format, the calendar, whether the procedure applies at all, and record/unknown itself.
     */
    private static final Set<String> NEVER_ON_UNKNOWNS = Set.of("dossier/invalid", "record/unknown", "calendar/not-covered",
            "waiver/invalid", "waiver/expired", "waiver/unused", "evidence/unknown", "evidence/file-missing",
            "evidence/hash-mismatch", "scope/excluded");

    @Test
    void everyRuleHasACaseWhereAnUnknownStopsItAndOneWhereTheSameUnknownDoesNotMatter() throws Exception {
        Set<String> stopped = new HashSet<>();
        Set<String> concluded = new HashSet<>();
        for (Path folder : GoldenCases.find(Path.of("cases"))) {
            GoldenCase c = GoldenCases.read(folder);
            c.findings().forEach(f -> stopped.addAll(f.notJudged()));
            c.unknownNearMiss().forEach(u -> concluded.add(u.rule()));
        }
        Set<String> neverStopped = new TreeSet<>(CATALOG.ids().keySet());
        neverStopped.removeAll(NEVER_ON_UNKNOWNS);
        neverStopped.removeAll(stopped);
        Set<String> noNearMiss = new TreeSet<>(CATALOG.ids().keySet());
        noNearMiss.removeAll(NEVER_ON_UNKNOWNS);
        noNearMiss.removeAll(concluded);
        assertEquals(Set.of(), neverStopped, "rules no golden case shows kept from concluding by an unknown (record/unknown not_judged)");
        assertEquals(Set.of(), noNearMiss, "rules no golden case shows concluding despite an unknown it reads (unknown_near_miss)");
    }

    @Test
    void drlFilesReadLikeTheLaw() throws IOException {
        List<String> problems = new ArrayList<>();
        Pattern bareNumber = Pattern.compile("(<|>|<=|>=|==|!=)\\s*-?(?!0(?![\\w.]))\\d+(?![\\w.])");
        try (Stream<Path> files = Files.list(RULES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                String drl = Files.readString(f, StandardCharsets.UTF_8);
                String name = f.getFileName().toString();
                String header = drl.startsWith("/*") ? drl.substring(0, drl.indexOf("*/")) : "";
                if (!header.matches("(?s).*第[一二三四五六七八九十百零]+条.*") && !header.contains("Not law:")) {
                    problems.add(name + ": must open with a comment quoting the articles it implements (or saying \"Not law:\" and why)");
                }
                for (String banned : List.of("salience", "agenda-group", "modify(", "modify (", "System.out", "System.err")) {
                    if (drl.contains(banned)) {
                        problems.add(name + ": uses " + banned);
                    }
                }
                String body = drl.substring(drl.indexOf("*/"));
                Matcher m = bareNumber.matcher(body.replaceAll("@\\w+\\(\"[^\"]*\"\\)", ""));
                while (m.find()) {
                    problems.add(name + ": bare number in a condition (use a named threshold): " + m.group());
                }
            }
        }
        assertEquals(List.of(), problems);
    }
}
