package juece.plan;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import juece.calendar.WorkCalendar;
import juece.findings.DossierResult;
import juece.findings.Timeline;
import juece.pipeline.Reading;

/**
 * check's reading when its reports say what is still due: each dossier's result, its timeline (when
 * one is drawn) carrying the plan's open duties, read from the same judgement as the findings; and
 * how many dossiers have one, for the text report's pointer to {@code juece plan}.
 */
public final class OpenDuties implements Reading<DossierResult> {
    private final WorkCalendar calendar;
    private final AtomicInteger dossiers = new AtomicInteger();

    public OpenDuties(WorkCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public DossierResult read(DossierResult result, Judged judged) {
        if (judged == null) {
            return result;
        }
        // a validity's end is not an act due
        List<Duty> open = Duties.of(judged.facts().get(0), judged.concluded().get(0), judged.catalog(), calendar).stream()
                .filter(d -> d.status() == Duty.Status.OPEN && !d.id().equals(Duties.EXPIRES)).toList();
        if (!open.isEmpty()) {
            dossiers.incrementAndGet();
        }
        return result.timeline() == null ? result : result.withTimeline(result.timeline().withDue(open.stream()
                .map(d -> new Timeline.Due(d.date(), d.bound() == Duty.Bound.LATEST, d.message())).toList()));
    }

    /** How many dossiers read so far have a duty open. */
    public int dossiersWithOpenDuties() {
        return dossiers.get();
    }
}
