package juece.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.stream.Collectors;
import juece.text.Labeled;
import juece.text.Lang;
import java.util.EnumSet;
import java.util.Set;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import juece.facts.Kind;
import juece.facts.Step;
import juece.text.Message;
import juece.text.Nearest;
import juece.text.Texts;

/**
 * Every rule the run knows, by DRL rule name and grouped by id. Besides the DRL rules it holds
 * {@code dossier/invalid}, which the loader reports before any rule runs.
 */
public final class Catalog {
    public static final String DOSSIER_INVALID = "dossier/invalid";
    public static final RuleMeta INVALID = new RuleMeta(DOSSIER_INVALID, DOSSIER_INVALID, Severity.ERROR, Step.DOSSIER,
            "juece/v1 档案格式", null, false, Set.of(),
            "{problem}", "{problem}", "(loader)");

    private final Map<String, RuleMeta> byName = new LinkedHashMap<>();
    private final Map<String, List<RuleMeta>> byId = new TreeMap<>();

    public Catalog(List<RuleMeta> rules) {
        List<RuleMeta> all = new ArrayList<>(rules);
        all.add(INVALID);
        for (RuleMeta r : all) {
            byName.put(r.name(), r);
            byId.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r);
        }
    }

    public RuleMeta byName(String name) {
        RuleMeta r = byName.get(name);
        if (r == null) {
            throw new IllegalArgumentException("no rule named " + name);
        }
        return r;
    }

    /** The rules with this id, in the order they were declared; empty if the id is unknown. */
    public List<RuleMeta> withId(String id) {
        return byId.getOrDefault(id, List.of());
    }

    public boolean knows(String id) {
        return byId.containsKey(id);
    }

    /** Whether findings of this id may be waived (all its rules agree; checked when the catalogue is built). */
    public boolean waivable(String id) {
        return withId(id).stream().allMatch(RuleMeta::waivable);
    }

    /** The kinds of dossier an id's rules judge. */
    public Set<Kind> kinds(String id) {
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        withId(id).forEach(r -> kinds.addAll(r.kinds()));
        return kinds;
    }

    /** Ids in sorted order, each with its rules. */
    public Map<String, List<RuleMeta>> ids() {
        return Collections.unmodifiableMap(byId);
    }

    /** " (did you mean …?)" for a mistyped id, or nothing. */
    public Message suggest(String id) {
        String near = Nearest.of(id, byId.keySet());
        return near == null ? Message.literal("") : Texts.msg("format.hint-nearest", "key", near);
    }

    /** Rule ids as a message names them, each with its title: "hearing/materials-late（听证会材料送达不足7日）". */
    public RuleList titled(Collection<String> ids) {
        return new RuleList(ids.stream().sorted().toList(), this);
    }

    /** Rule ids, sorted, that a message names with their titles (the rules a {@code record/unknown} kept from concluding). */
    public record RuleList(List<String> ids, Catalog catalog) implements Labeled {
        public RuleList {
            ids = List.copyOf(ids);
        }

        @Override
        public String label(Lang lang) {
            return ids.stream().map(id -> {
                List<RuleMeta> rules = catalog.withId(id);
                String title = rules.isEmpty() ? "" : RuleDocs.title(rules.get(0), lang);
                return title.isEmpty() ? id : lang == Lang.ZH ? id + "（" + title + "）" : id + " (" + title + ")";
            }).collect(Collectors.joining(lang == Lang.ZH ? "；" : "; "));
        }
    }

    public List<RuleMeta> rules() {
        return List.copyOf(byName.values());
    }
}
