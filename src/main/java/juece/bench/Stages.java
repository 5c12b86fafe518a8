package juece.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import juece.calendar.WorkCalendar;
import juece.catalog.Severity;
import juece.engine.Engine;
import juece.engine.RuleBook;
import juece.facts.Context;
import juece.facts.DossierFacts;
import juece.facts.FactsBuilder;
import juece.findings.Findings;
import juece.pipeline.Checker;
import juece.profile.Profiles;
import juece.read.ReadResult;
import juece.read.YamlReader;
import juece.validate.DossierFormat;
import juece.validate.Validator;

/**
 * Where a dossier's time goes, stage by stage, on one warm thread, the files in the page
 * cache — the numbers behind the pipeline's optimisations; Jackson's parse of the same bytes is
 * the yardstick. Usage: {@code Stages DIR [FILES] [PASSES]}.
 */
public final class Stages {
    private Stages() {
    }

    public static void main(String[] args) throws Exception {
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 6;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
            files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().limit(limit).toList();
        }
        ObjectMapper jackson = new ObjectMapper(new YAMLFactory());
        RuleBook rules = RuleBook.builtIn();
        WorkCalendar calendar = WorkCalendar.load(List.of());
        var parameters = Profiles.national().parameters();
        Context context = new Context(LocalDate.of(2026, 6, 30), null);
        String[] names = {"jackson readTree", "read", "validate", "facts", "engine", "findings"};
        long[] nanos = new long[names.length];
        for (int pass = 1; pass <= passes; pass++) {
            java.util.Arrays.fill(nanos, 0);
            for (int from = 0; from < files.size(); from += Checker.BATCH) {
                List<Path> batch = files.subList(from, Math.min(files.size(), from + Checker.BATCH));
                List<DossierFacts> facts = new ArrayList<>(batch.size());
                List<ReadResult> reads = new ArrayList<>(batch.size());
                for (Path file : batch) {
                    long t0 = System.nanoTime();
                    jackson.readTree(Files.readAllBytes(file));
                    long t1 = System.nanoTime();
                    ReadResult read = YamlReader.read(file, file.toString());
                    long t2 = System.nanoTime();
                    if (!read.ok() || !Validator.validate(read.document()).isEmpty()) {
                        throw new IllegalStateException("the benchmark wants valid dossiers");
                    }
                    long t3 = System.nanoTime();
                    facts.add(FactsBuilder.build(read.document(), context, parameters, DossierFormat::describe));
                    reads.add(read);
                    long t4 = System.nanoTime();
                    nanos[0] += t1 - t0;
                    nanos[1] += t2 - t1;
                    nanos[2] += t3 - t2;
                    nanos[3] += t4 - t3;
                }
                long t4 = System.nanoTime();
                List<Engine.Result> results = new Engine(rules, calendar).run(facts); // as a run: a session per batch
                long t5 = System.nanoTime();
                for (int i = 0; i < batch.size(); i++) {
                    Findings.checked("bench.yaml", facts.get(i).dossier(), "national", reads.get(i).document().map(),
                            Checker.concluded(results.get(i)), rules.catalog(), Severity.ERROR, Checker.evidence(facts.get(i)));
                }
                long t6 = System.nanoTime();
                nanos[4] += t5 - t4;
                nanos[5] += t6 - t5;
            }
            StringBuilder line = new StringBuilder("pass " + pass + " (µs per dossier):");
            for (int i = 0; i < names.length; i++) {
                line.append(String.format("  %s %.1f", names[i], nanos[i] / 1000.0 / files.size()));
            }
            System.out.println(line);
        }
    }
}
