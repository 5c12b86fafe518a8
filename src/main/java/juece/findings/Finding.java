package juece.findings;

import java.util.List;
import juece.catalog.RuleMeta;
import juece.catalog.Severity;
import juece.facts.Step;
import juece.facts.Waiver;
import juece.read.Position;
import juece.text.Lang;
import juece.text.Message;

/**
 * One gap in one dossier: which rule, how serious, which step, the legal basis, where in the file,
 * what is wrong (rendered in the run's language), and the waiver that set it aside, if any.
 */
public record Finding(String file, String dossierId, RuleMeta rule, String basis, String path, Position position,
                      Message message, Waiver waiver, List<String> notJudged) {
    public Finding {
        notJudged = List.copyOf(notJudged);
    }

    /** A finding of every kind but {@code record/unknown}, which alone names rules it kept from concluding. */
    public Finding(String file, String dossierId, RuleMeta rule, String basis, String path, Position position,
                   Message message, Waiver waiver) {
        this(file, dossierId, rule, basis, path, position, message, waiver, List.of());
    }

    public String ruleId() {
        return rule.id();
    }

    public Severity severity() {
        return rule.severity();
    }

    public Step step() {
        return rule.step();
    }

    public boolean waived() {
        return waiver != null;
    }

    public String message(Lang lang) {
        return message.render(lang);
    }

    /** Counts toward the exit code and the dossier's status: not waived, at or above {@code failOn}. */
    public boolean fails(Severity failOn) {
        return !waived() && failOn != null && severity().atLeast(failOn);
    }
}
