package juece.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import juece.catalog.Catalog;
import juece.catalog.RuleMeta;
import juece.catalog.Severity;
import juece.facts.Waiver;
import juece.findings.Findings;

/**
 * What the rules concluded about one dossier in one judgement, by rule id: the branches that fired
 * (with their message arguments and any waiver), and the rules that could not conclude because the
 * calendar lacks a year ({@code calendar/not-covered} names them).
 */
final class Verdicts {
    static final String NOT_COVERED = "calendar/not-covered";
    static final String SCOPE_EXCLUDED = "scope/excluded";
    static final String RECORD_UNKNOWN = "record/unknown";

    /** One branch of a rule that fired: its metadata, where, its message's values, and the waiver that set it aside. */
    record Verdict(RuleMeta rule, String path, Map<String, Object> args, Waiver waiver) {
        boolean excused() {
            return rule.severity() == Severity.INFO;
        }
    }

    private final Map<String, List<Verdict>> byId = new HashMap<>();
    private final Set<String> inconclusive = new HashSet<>();
    /** The rules a value written unknown kept from concluding ({@code record/unknown} names them). */
    private final Set<String> undecided = new HashSet<>();

    private Verdicts() {
    }

    static Verdicts of(List<Findings.Concluded> concluded, Catalog catalog) {
        Verdicts v = new Verdicts();
        for (Findings.Concluded c : concluded) {
            RuleMeta meta = catalog.byName(c.ruleName());
            v.byId.computeIfAbsent(meta.id(), k -> new ArrayList<>()).add(new Verdict(meta, c.path(), c.args(), c.waiver()));
            if (meta.id().equals(NOT_COVERED) && c.args().get("rule") != null) {
                v.inconclusive.add(String.valueOf(c.args().get("rule")));
            }
            if (meta.id().equals(RECORD_UNKNOWN) && c.args().get("rules") instanceof Catalog.RuleList rules) {
                v.undecided.addAll(rules.ids());
            }
        }
        return v;
    }

    List<Verdict> of(String id) {
        return byId.getOrDefault(id, List.of());
    }

    boolean fired(String id) {
        return byId.containsKey(id);
    }

    /** The first branch of {@code id} that fired and is not the excused one (info: a stated reason). */
    Verdict breach(String id) {
        return of(id).stream().filter(v -> !v.excused()).findFirst().orElse(null);
    }

    /** The excused branch of {@code id} that fired (info: the reason was stated), or null. */
    Verdict excuse(String id) {
        return of(id).stream().filter(Verdict::excused).findFirst().orElse(null);
    }

    /** Did a value written unknown keep {@code id} from concluding? */
    boolean undecided(String id) {
        return undecided.contains(id);
    }

    /** Did {@code id} fail to conclude because the calendar lacks a year? */
    boolean inconclusive(String id) {
        return inconclusive.contains(id);
    }
}
