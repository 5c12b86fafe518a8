package juece.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import juece.calendar.WorkCalendar;
import juece.facts.Context;
import juece.facts.DossierFacts;
import juece.facts.FactsBuilder;
import juece.facts.Parameters;
import juece.profile.Profiles;
import juece.read.ReadResult;
import juece.read.YamlDocument;
import juece.read.YamlReader;
import juece.text.Lang;
import juece.text.Message;
import juece.validate.DossierFormat;
import juece.validate.Validator;
import org.junit.jupiter.api.Test;

/**
 * Dossiers that share a session conclude exactly what each concludes alone: no rule lets one
 * dossier's facts answer for another's, and two dossiers alike in every field stay two.
 */
class SharedSessionTest {
    private static final Context CONTEXT = new Context(LocalDate.of(2026, 6, 30), null);
    private static final Parameters NATIONAL = Profiles.national().parameters();

    /** Every valid dossier of the repository's cases, built into facts (each call builds new ones). */
    private static List<DossierFacts> cases(Parameters parameters) throws IOException {
        List<DossierFacts> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("cases"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().equals("dossier.yaml")).sorted().toList()) {
                ReadResult read = YamlReader.read(f, f.toString());
                if (read.ok() && Validator.validate(read.document()).isEmpty() && !hasOwnProfile(read.document())) {
                    all.add(FactsBuilder.build(read.document(), CONTEXT, parameters, DossierFormat::describe));
                }
            }
        }
        return all;
    }

    private static boolean hasOwnProfile(YamlDocument doc) {
        return doc.root().entries().containsKey("profile");
    }

    /** What a result says, without the dossier's key: rule, path and arguments, and whether waived. */
    private static List<String> said(Engine.Result r) {
        List<String> lines = new ArrayList<>();
        for (Outcome o : r.outcomes()) {
            Map<String, Object> args = new TreeMap<>(o.args());
            args.replaceAll((k, v) -> v instanceof Message m ? m.render(Lang.ZH) : v);
            lines.add(o.ruleName() + " @ " + o.path() + " " + args
                    + (r.waived().containsKey(o) ? " waived by " + r.waived().get(o).path() : ""));
        }
        lines.sort(null);
        return lines;
    }

    @Test
    void aSharedSessionConcludesWhatEachDossierConcludesAlone() throws IOException {
        Engine engine = new Engine(RuleBook.builtIn(), WorkCalendar.load(List.of()));
        List<DossierFacts> batch = new ArrayList<>(cases(NATIONAL));
        int distinct = batch.size();
        assertTrue(distinct > 80, "the cases hold " + distinct + " valid dossiers");
        batch.addAll(cases(NATIONAL)); // the same dossiers again: alike in every field, yet other dossiers
        List<Engine.Result> together = engine.run(batch);
        int findings = 0;
        for (int i = 0; i < batch.size(); i++) {
            List<String> alone = said(engine.run(batch.get(i)));
            assertEquals(alone, said(together.get(i)), batch.get(i).dossier().id());
            findings += alone.size();
        }
        assertTrue(findings > 200, findings + " findings: the comparison compares something");
    }

    @Test
    void dossiersOfDifferentProfilesDoNotShareTheirParameters() throws IOException {
        Engine engine = new Engine(RuleBook.builtIn(), WorkCalendar.load(List.of()));
        Parameters strict = new Parameters("strict", 1, 60, 1, 1, true, 1, Map.of());
        List<DossierFacts> national = cases(NATIONAL);
        List<DossierFacts> mixed = new ArrayList<>(national);
        mixed.addAll(cases(strict));
        List<Engine.Result> together = engine.run(mixed);
        int differ = 0;
        for (int i = 0; i < mixed.size(); i++) {
            List<String> alone = said(engine.run(mixed.get(i)));
            assertEquals(alone, said(together.get(i)), mixed.get(i).dossier().id());
            if (i < national.size() && !alone.equals(said(together.get(i + national.size())))) {
                differ++;
            }
        }
        assertTrue(differ > 5, differ + " dossiers conclude differently under the strict profile");
    }
}
