package juece.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import juece.facts.Step;
import juece.text.Message;

/**
 * A date back-scheduled from a target ({@code --target STEP=DATE}): the latest (or earliest) day for
 * one field of an earlier or later step so that the target stays lawful. {@code source} says where
 * the date comes from: {@code law}, a period the statute sets (30 days, 7 working days…);
 * {@code profile}, a period of the rule profile; {@code order}, the order of steps — enforced by the
 * rule {@code rule} when it is not null, else a step the law puts before the other that no rule of
 * the checker dates. {@code status} as for duties: met (the dossier records it within the bound),
 * missed (recorded outside it, or a latest date already past as of as-of), open.
 */
public record Scheduled(Step step, String field, Duty.Bound bound, LocalDate date, List<Integer> missingYears,
                        Source source, String rule, String basis, Duty.Status status, Message message) {
    public Scheduled {
        missingYears = List.copyOf(missingYears);
    }

    public enum Source {
        LAW, PROFILE, ORDER;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
