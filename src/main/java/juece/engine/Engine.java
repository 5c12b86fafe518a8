package juece.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import juece.calendar.WorkCalendar;
import juece.facts.Context;
import juece.facts.DossierFacts;
import juece.facts.DossierKey;
import juece.facts.Parameters;
import juece.facts.Waiver;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Runs the rules over dossiers' facts and returns what the rules concluded about each. The built-in
 * rules join every fact on its dossier, so the dossiers of a batch share one session; extra rules
 * ({@code --rules}, a profile's {@code rules:}) may assume that a session holds one dossier, so with
 * them each dossier has a session of its own. Sessions come from a pool and go back emptied, so
 * memory stays flat however many dossiers a run has. Thread-safe: a session serves one batch at a time.
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
    private int fire(KieSession session, List<DossierFacts> batch) {
        try {
            DossierFacts first = batch.get(0); // the batch shares its context and parameters (sharingContext)
            session.insert(first.context());
            session.insert(first.parameters());
            for (DossierFacts facts : batch) {
                for (Object fact : facts.facts()) {
                    session.insert(fact);
                }
            }
            int limit = MAX_FIRINGS * batch.size();
            int fired = session.fireAllRules(limit);
            // an extra rule may halt the engine (drools.halt()) before the shipped rules are done
            for (int more = fired; rules.layered() && more > 0 && fired < limit; fired += more) {
                more = session.fireAllRules(limit - fired);
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
            fire(session, List.of(facts));
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

    /** One dossier in a session of its own: a rule that fails or loops is named. */
    public Result run(DossierFacts facts) {
        Map<DossierKey, Result> ran;
        try {
            ran = session(List.of(facts));
        } catch (StackOverflowError | AssertionError | OutOfMemoryError | ExceptionInInitializerError e) {
            throw error(facts, e);
        }
        if (ran == null) {
            throw loop(facts);
        }
        return ran.get(facts.key());
    }

    /**
     * The results of {@code batch}, in its order. With the built-in rules alone, the dossiers that
     * share the run's {@link Context} and the profile's {@link Parameters} share a session, which
     * saves resetting a session per dossier (a tenth of a long run's CPU); should a rule fail there,
     * each dossier runs again alone, so that the failure is told as for one dossier.
     */
    public List<Result> run(List<DossierFacts> batch) {
        if (rules.layered()) {
            return batch.stream().map(this::run).toList();
        }
        Map<DossierKey, Result> done = new IdentityHashMap<>();
        for (List<DossierFacts> together : sharingContext(batch)) {
            try {
                Map<DossierKey, Result> ran = session(together);
                if (ran != null) {
                    done.putAll(ran);
                }
            } catch (RuleFailure | StackOverflowError | AssertionError | OutOfMemoryError | ExceptionInInitializerError e) {
                // told below, by the dossier's own run
            }
        }
        return batch.stream().map(facts -> done.containsKey(facts.key()) ? done.get(facts.key()) : run(facts)).toList();
    }

    /** The batch in groups that share the run's context and the profile's parameters, in order. */
    private static Collection<List<DossierFacts>> sharingContext(List<DossierFacts> batch) {
        Map<List<Object>, List<DossierFacts>> groups = new LinkedHashMap<>();
        for (DossierFacts facts : batch) {
            groups.computeIfAbsent(List.of(facts.context(), facts.parameters()), k -> new ArrayList<>()).add(facts);
        }
        return groups.values();
    }

    /** Runs {@code together} in one session: each dossier's result, or null if the rules loop. */
    private Map<DossierKey, Result> session(List<DossierFacts> together) {
        KieSession session = rules.session();
        try {
            setGlobals(session);
            if (fire(session, together) >= MAX_FIRINGS * together.size()) {
                return null;
            }
            Map<DossierKey, Result> ran = new IdentityHashMap<>();
            for (DossierFacts facts : together) {
                ran.put(facts.key(), new Result(new ArrayList<>(), new IdentityHashMap<>()));
            }
            for (Object o : session.getObjects(OUTCOMES)) {
                Outcome outcome = (Outcome) o;
                resultOf(outcome, ran, together).outcomes().add(outcome);
            }
            for (Object o : session.getObjects(WAIVED)) {
                Waived w = (Waived) o;
                resultOf(w.outcome(), ran, together).waived().put(w.outcome(), w.waiver());
            }
            return ran;
        } finally {
            session.dispose();
        }
    }

    /**
     * The result an outcome belongs to. One stated by path alone, without its dossier, can only come
     * from an extra rule, and those run one dossier per session.
     */
    private static Result resultOf(Outcome outcome, Map<DossierKey, Result> ran, List<DossierFacts> together) {
        DossierKey key = outcome.dossier() == null && together.size() == 1 ? together.get(0).key() : outcome.dossier();
        Result r = key == null ? null : ran.get(key);
        if (r == null) {
            throw new IllegalStateException("rule \"" + outcome.ruleName() + "\" stated a finding without its dossier");
        }
        return r;
    }
}
