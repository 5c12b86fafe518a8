package juece.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import juece.calendar.WorkCalendar;
import juece.facts.DossierFacts;
import juece.facts.Step;

/** Back-scheduling from targets: see {@link #of}. */
final class Schedule {
    static final List<Step> TARGETS = List.of(Step.HEARING, Step.LEGALITY_REVIEW, Step.COLLECTIVE_DECISION, Step.PUBLICATION);

    private Schedule() {
    }

    static List<Scheduled> of(DossierFacts facts, Map<Step, LocalDate> targets, WorkCalendar calendar) {
        return List.of();
    }
}
