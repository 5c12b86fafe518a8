package juece.plan;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import juece.catalog.Catalog;
import juece.catalog.RuleMeta;
import juece.catalog.Severity;
import juece.engine.RuleBook;
import juece.facts.Kind;
import juece.facts.Traits;
import juece.text.Lang;
import juece.text.Message;
import juece.validate.DossierFormat;
import juece.validate.Field;
import juece.validate.Shape;

/**
 * Reads a rule's own condition on the matter's traits (its {@code Traits(technical == true)}), so that
 * plan can say why a step is or is not required — "不属于“专业性、技术性较强”（traits.technical: false）" —
 * and pick the branch of a rule that applies to a dossier, without a second copy of either: the
 * condition is the compiled rule's ({@link RuleBook#conditions}), the trait's words the format's
 * ({@link DossierFormat}).
 */
final class Branches {
    /** {@code technical == true}, or as the rules write it to hold possibly (true or unknown): {@code technical != false}. */
    private static final Pattern FLAG = Pattern.compile("(\\w+)\\s*(==|!=)\\s*(true|false)");
    private static final Shape.Obj TRAITS = (Shape.Obj) DossierFormat.ROOT.field("traits").shape();
    /** The accessors of the traits' components, by name: looked up once. */
    private static final Map<String, Method> ACCESSORS = new java.util.HashMap<>();

    static {
        for (RecordComponent c : Traits.class.getRecordComponents()) {
            ACCESSORS.put(c.getName(), c.getAccessor());
        }
    }

    private Branches() {
    }

    /** One condition on a trait: the record component, the value the rule needs; {@code key} the trait's key in the dossier. */
    record OnTrait(String component, boolean needs, String key) {
        OnTrait(String component, boolean needs) {
            this(component, needs, component.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT)); // stabilityRisk → stability_risk
        }

        Boolean valueIn(Traits traits) {
            Method m = ACCESSORS.get(component);
            try {
                return m == null ? null : (Boolean) m.invoke(traits);
            } catch (ReflectiveOperationException | ClassCastException e) {
                return null;
            }
        }

        boolean holds(Traits traits) {
            return Boolean.valueOf(needs).equals(valueIn(traits));
        }

        /** Whether the dossier wrote the trait unknown. */
        boolean unknownIn(Traits traits) {
            return traits == null || valueIn(traits) == null;
        }

        /** "属于“专业性、技术性较强”（traits.technical: true）", from the value the dossier records (or "未知"). */
        Message words(Traits traits) {
            Boolean value = traits == null ? null : valueIn(traits);
            Field f = TRAITS.field(key());
            return lang -> {
                String label = f == null ? key() : lang == Lang.ZH ? f.zh() : f.en();
                String where = "traits." + key() + ": " + (value == null ? "unknown" : value);
                if (value == null) {
                    return lang == Lang.ZH ? "是否“" + label + "”未知（" + where + "）" : "whether \"" + label + "\" is unknown (" + where + ")";
                }
                if (lang == Lang.ZH) {
                    return (Boolean.TRUE.equals(value) ? "属于“" : "不属于“") + label + "”（" + where + "）";
                }
                return (Boolean.TRUE.equals(value) ? "\"" : "not \"") + label + "\" (" + where + ")";
            };
        }
    }

    /** Read once per rule: plan asks for every dossier. */
    private static final Map<String, List<OnTrait>> ON_TRAITS = new ConcurrentHashMap<>();
    private static final Map<String, List<String>> ABSENT = new ConcurrentHashMap<>();
    /** Per catalogue (a run has one, or one per profile with extra rules): an id's branches by kind. */
    private static final Map<Catalog, Map<String, Map<Kind, List<RuleMeta>>>> BRANCHES = new ConcurrentHashMap<>();

    /** The conditions the rule named {@code ruleName} puts on the traits (none for a rule that is not built in). */
    static List<OnTrait> onTraits(String ruleName) {
        return ON_TRAITS.computeIfAbsent(ruleName, Branches::readOnTraits);
    }

    private static List<OnTrait> readOnTraits(String ruleName) {
        List<OnTrait> out = new ArrayList<>();
        try {
            for (String c : RuleBook.builtIn().conditions(ruleName).on("Traits")) {
                Matcher m = FLAG.matcher(c);
                if (m.matches()) {
                    out.add(new OnTrait(m.group(1), m.group(2).equals("==") == Boolean.parseBoolean(m.group(3))));
                }
            }
        } catch (IllegalArgumentException e) {
            // a rule of an extra file: nothing read
        }
        return List.copyOf(out);
    }

    /** The facts (simple class names) whose presence keeps the rule named {@code ruleName} silent: its {@code not} patterns. */
    static List<String> absent(String ruleName) {
        return ABSENT.computeIfAbsent(ruleName, name -> {
            try {
                return List.copyOf(RuleBook.builtIn().conditions(name).absent());
            } catch (IllegalArgumentException e) {
                return List.of();
            }
        });
    }

    /** The branches of rule {@code id} that judge dossiers of {@code kind}, in the order declared. */
    static List<RuleMeta> branches(Catalog catalog, String id, Kind kind) {
        Map<Kind, List<RuleMeta>> byKind = BRANCHES.computeIfAbsent(catalog, c -> new ConcurrentHashMap<>())
                .computeIfAbsent(id, k -> {
                    Map<Kind, List<RuleMeta>> m = new java.util.EnumMap<>(Kind.class);
                    for (Kind each : Kind.values()) {
                        m.put(each, catalog.withId(id).stream().filter(r -> r.kinds().contains(each)).toList());
                    }
                    return m;
                });
        return byKind.get(kind);
    }

    /**
     * The branch of {@code id} that judges this dossier when no reason is stated: of its kind, not the
     * excused (info) one, whose conditions on the traits hold; null when none applies.
     */
    static RuleMeta applicable(Catalog catalog, String id, Kind kind, Traits traits) {
        for (RuleMeta r : branches(catalog, id, kind)) {
            if (r.severity() != Severity.INFO && onTraits(r.name()).stream().allMatch(c -> traits != null && c.holds(traits))) {
                return r;
            }
        }
        return null;
    }
}
