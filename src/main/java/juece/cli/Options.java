package juece.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import juece.calendar.CalendarException;
import juece.calendar.WorkCalendar;
import juece.catalog.Severity;
import juece.engine.RuleBook;
import juece.engine.RuleFileException;
import juece.facts.Gate;
import juece.facts.Vocabulary;
import juece.profile.Profile;
import juece.profile.ProfileException;
import juece.profile.Profiles;
import juece.text.Lang;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options shared by the commands that check dossiers. */
final class Options {
    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "\"today\" for every deadline (default: the real today)")
    String asOf;

    @Option(names = "--gate", paramLabel = "STEP", description = "readiness for: legality_review | collective_decision | publication")
    String gate;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error", description = "error | warning | info | none (default error)")
    String failOn;

    @Option(names = "--profile", paramLabel = "NAME|FILE",
            description = "rule profile for every dossier, a built-in name or a file; given, it overrides each dossier's own profile: (default: the dossier's profile:, else national)")
    String profile;

    @Option(names = "--rules", paramLabel = "DIR", description = "extra DRL rules (a folder of *.drl, or a file), layered on the built-in rules")
    List<Path> rules = new ArrayList<>();

    @Mixin
    LangOption language = new LangOption();

    @Option(names = "--calendar", paramLabel = "DIR", description = "extra holiday files (holiday-cn JSON, one per year); also $JUECE_CALENDAR_DIR")
    List<Path> calendarDirs = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: the number of cores)")
    Integer threads;

    LocalDate asOf() {
        if (asOf == null) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            throw new Main.UsageError("usage.as-of", "value", asOf);
        }
    }

    Gate gate() {
        if (gate == null) {
            return null;
        }
        return Vocabulary.parse(Gate.class, gate).orElseThrow(() -> new Main.UsageError(
                "usage.choice", "option", "--gate", "value", gate, "choices", String.join(", ", Vocabulary.codes(Gate.class))));
    }

    /** null means none. */
    Severity failOn() {
        if (failOn.equals("none")) {
            return null;
        }
        try {
            return Severity.parse(failOn);
        } catch (IllegalArgumentException e) {
            throw new Main.UsageError("usage.choice", "option", "--fail-on", "value", failOn, "choices", "error, warning, info, none");
        }
    }

    Lang lang() {
        return language.lang();
    }

    /** The run's profile, or null: each dossier's own {@code profile:}, else national. */
    Profile profile() {
        try {
            return profile == null ? null : Profiles.load(profile, Path.of("."));
        } catch (ProfileException e) {
            throw new Main.UsageError("usage.profile", "where", e.where(), "reason", e.reason());
        }
    }

    /** The DRL files of --rules. */
    List<Path> rules() {
        try {
            return RuleBook.drlFiles(rules);
        } catch (RuleFileException e) {
            throw Main.UsageError.literal("--rules: " + e.getMessage());
        }
    }

    /** The bundled calendar, $JUECE_CALENDAR_DIR (when {@code withEnvironment}) and --calendar folders. */
    WorkCalendar calendar(boolean withEnvironment) {
        List<Path> dirs = new ArrayList<>();
        String env = System.getenv("JUECE_CALENDAR_DIR");
        if (withEnvironment && env != null && !env.isBlank()) {
            dirs.add(Path.of(env));
        }
        dirs.addAll(calendarDirs);
        try {
            return WorkCalendar.load(dirs);
        } catch (CalendarException e) {
            throw Main.UsageError.literal("--calendar: " + e.getMessage());
        }
    }

    int threads() {
        if (threads != null && threads < 1) {
            throw new Main.UsageError("usage.threads", "value", threads);
        }
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
    }
}
