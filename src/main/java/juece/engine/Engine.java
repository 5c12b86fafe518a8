package juece.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import juece.calendar.WorkCalendar;
import juece.facts.DossierFacts;
import juece.facts.Waiver;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Runs the rules over one dossier's facts in a session of its own — taken from a pool and given
 * back emptied, so memory stays flat however many dossiers a run has — and returns what the rules
 * concluded. Thread-safe: a session serves one dossier at a time.
 */
public final class Engine {
    /** A rule set that fires this often on one dossier loops; that is a bug, not a result. */
    private static final int MAX_FIRINGS = 100_000;
    /** Class filters read one class's store of the session instead of walking every fact. */
    private static final ClassObjectFilter OUTCOMES = new ClassObjectFilter(Outcome.class);
    private static final ClassObjectFilter WAIVED = new ClassObjectFilter(Waived.class);
    private static final Pattern NAMED_RULE = Pattern.compile("Rule \"([^\"]+)\" in (.+?)(?=, Rule \"|\\])");

    private final RuleBook rules;
    private final WorkCalendar calendar;

    public Engine(RuleBook rules, WorkCalendar calendar) {
        this.rules = rules;
        this.calendar = calendar;
    }

    /**
     * Inserts the facts and fires the rules. A rule that throws is named, with its file and line:
     * Drools names it in a consequence's exception, and in a constraint's message only
     * ({@code [Rule "NAME" in FILE]}, its MessageUtils format).
     */
    private int fire(KieSession session, DossierFacts facts) {
        try {
            for (Object fact : facts.facts()) {
                session.insert(fact);
            }
            int fired = session.fireAllRules(MAX_FIRINGS);
            // an extra rule may halt the engine (drools.halt()) before the shipped rules are done
            for (int more = fired; rules.layered() && more > 0 && fired < MAX_FIRINGS; fired += more) {
                more = session.fireAllRules(MAX_FIRINGS - fired);
            }
            return fired;
        } catch (ConsequenceException e) {
            throw failure(e.getRule().getName(), RuleBook.fileOf(e.getRule()), e);
        } catch (RuntimeException e) {
            Matcher m = NAMED_RULE.matcher(String.valueOf(e.getMessage()));
            while (m.find()) {
                if (!RuleBook.isBuiltIn(m.group(1))) {
                    throw failure(m.group(1), m.group(2).strip(), e);
                }
            }
            throw e;
        }
    }

    private void setGlobals(KieSession session) {
        session.setGlobal("calendar", calendar);
        session.setGlobal("catalog", rules.catalog());
    }

    /** What a replay of one dossier saw: how often each rule fired, and the rule whose action ran last. */
    private record Replay(Map<Rule, Integer> firings, Rule last) {
    }

    /**
     * Runs {@code facts} again in a session of their own that watches the rules fire, to name the
     * rule behind a failure: only a run that has already failed pays for it.
     */
    private Replay replay(DossierFacts facts) {
        KieSession session = rules.kieBase().newKieSession();
        Map<Rule, Integer> firings = new HashMap<>();
        Rule[] last = new Rule[1];
        try {
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void beforeMatchFired(BeforeMatchFiredEvent event) {
                    last[0] = event.getMatch().getRule();
                    firings.merge(last[0], 1, Integer::sum);
                }
            });
            setGlobals(session);
            fire(session, facts);
        } catch (RuntimeException | Error e) {
            // the failure being explained, met again
        } finally {
            session.dispose();
        }
        return new Replay(firings, last[0]);
    }

    /** The rule that kept firing: a loop. */
    private RuleFailure loop(DossierFacts facts) {
        Replay r = replay(facts);
        Rule rule = r.firings().entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        return failure(rule, "it fired " + r.firings().get(rule) + " times on one dossier: a loop", null);
    }

    /**
     * An Error (a stack overflow, an assertion, memory) raised by a rule's action: an extra rule's
     * is its file's fault; anything else stays what it is, a failure of juece.
     */
    private RuleFailure error(DossierFacts facts, Error e) {
        Rule rule = replay(facts).last();
        if (rule == null || RuleBook.isBuiltIn(rule.getName())) {
            throw e;
        }
        return failure(rule, e.toString(), e);
    }

    private static RuleFailure failure(Rule rule, String reason, Throwable cause) {
        String file = RuleBook.fileOf(rule);
        return new RuleFailure(rule.getName(), file, RuleBook.lineOf(file, rule.getName()), RuleBook.isBuiltIn(rule.getName()), reason, cause);
    }

    private static RuleFailure failure(String rule, String file, RuntimeException e) {
        return new RuleFailure(rule, file, RuleBook.lineOf(file, rule), RuleBook.isBuiltIn(rule), e);
    }

    /** The outcomes of one dossier, and the waivers that set some of them aside. */
    public record Result(List<Outcome> outcomes, Map<Outcome, Waiver> waived) {
    }

    public Result run(DossierFacts facts) {
        KieSession session = rules.session();
        try {
            setGlobals(session);
            int fired;
            try {
                fired = fire(session, facts);
            } catch (StackOverflowError | AssertionError | OutOfMemoryError | ExceptionInInitializerError e) {
                throw error(facts, e);
            }
            if (fired >= MAX_FIRINGS) {
                throw loop(facts);
            }
            List<Outcome> outcomes = new ArrayList<>();
            Map<Outcome, Waiver> waived = new IdentityHashMap<>();
            for (Object o : session.getObjects(OUTCOMES)) {
                outcomes.add((Outcome) o);
            }
            for (Object o : session.getObjects(WAIVED)) {
                Waived w = (Waived) o;
                waived.put(w.outcome(), w.waiver());
            }
            return new Result(outcomes, waived);
        } finally {
            session.dispose();
        }
    }
}
