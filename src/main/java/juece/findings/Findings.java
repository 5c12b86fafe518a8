package juece.findings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import juece.catalog.Catalog;
import juece.catalog.RuleMeta;
import juece.catalog.Severity;
import juece.facts.Dossier;
import juece.facts.Waiver;
import juece.read.Problem;
import juece.read.SourceMap;
import juece.text.Lang;

/** Builds a dossier's findings from what the rules concluded, and orders them the same way every run. */
public final class Findings {
    /**
     * File order, then rule, then the field, then the message: identical output for identical input.
     * The field before the message, because a message is rendered to compare it: a ledger row's many
     * findings share the row's position.
     */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::position)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::path)
            .thenComparing(f -> f.message(Lang.ZH));

    private Findings() {
    }

    /** A rule's conclusion: where its path stands in the file, its message from the rule's templates. */
    public record Concluded(String ruleName, String path, Map<String, Object> args, Waiver waiver) {
    }

    public static DossierResult checked(String file, Dossier dossier, String profile, SourceMap map,
                                        List<Concluded> concluded, Catalog catalog, Severity failOn, List<EvidenceRecord> evidence) {
        List<Finding> findings = new ArrayList<>();
        for (Concluded c : concluded) {
            RuleMeta meta = catalog.byName(c.ruleName());
            List<String> notJudged = c.args().get("rules") instanceof Catalog.RuleList rules ? rules.ids() : List.of();
            findings.add(new Finding(file, dossier.id(), meta, meta.basisFor(dossier.kind()), c.path(), map.locate(c.path()),
                    lang -> meta.message(c.args(), lang), c.waiver(), notJudged));
        }
        findings.sort(ORDER);
        boolean fails = findings.stream().anyMatch(f -> f.fails(failOn));
        return new DossierResult(file, dossier.id(), map.locate("id"), dossier.kind(), dossier.title(), profile,
                fails ? DossierResult.Status.FAIL : DossierResult.Status.PASS, findings, null, evidence);
    }

    /**
     * A file that could not be read or checked: one dossier/invalid per problem; {@code id} and
     * {@code title} as far as they could be read, else null.
     */
    public static DossierResult invalid(String file, String id, String title, List<Problem> problems) {
        List<Finding> findings = new ArrayList<>();
        for (Problem p : problems) {
            findings.add(invalidFinding(file, id, p));
        }
        findings.sort(ORDER);
        return new DossierResult(file, id, null, null, title, null, DossierResult.Status.INVALID, findings, null, List.of());
    }

    private static Finding invalidFinding(String file, String id, Problem problem) {
        return new Finding(file, id, Catalog.INVALID, Catalog.INVALID.basis(), "", problem.position(), problem.message(), null);
    }

    /** The findings of {@code dossier} with one more problem added, now invalid. */
    public static DossierResult invalidate(DossierResult dossier, Problem problem) {
        List<Finding> findings = new ArrayList<>(dossier.findings());
        findings.add(invalidFinding(dossier.file(), dossier.id(), problem));
        findings.sort(ORDER);
        return new DossierResult(dossier.file(), dossier.id(), dossier.idPosition(), dossier.kind(), dossier.title(), dossier.profile(),
                DossierResult.Status.INVALID, findings, null, dossier.evidence());
    }
}
