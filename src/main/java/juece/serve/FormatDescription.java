package juece.serve;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import juece.catalog.Catalog;
import juece.catalog.RuleMeta;
import juece.facts.Kind;
import juece.facts.Step;
import juece.facts.Vocabulary;
import juece.law.Law;
import juece.text.Lang;
import juece.validate.DossierFormat;
import juece.validate.Field;
import juece.validate.Shape;

/**
 * {@code GET /v1/format}: the dossier format as the workbench page builds its form from it, written
 * from the same declaration ({@link DossierFormat}) the loader validates against and the JSON Schema
 * is generated from, so the form cannot drift from either. Every field in the format's order with
 * its shape, the kinds that require or allow it, whether it may be written {@code unknown}, its
 * Chinese and English descriptions; every vocabulary with its codes, Chinese and English terms, the
 * other spellings accepted and glosses; for each step the articles its rules cite, read from the
 * catalogue; and the sections the page shows the root fields in, in the order of the procedure.
 */
final class FormatDescription {
    private static final JsonFactory JSON = new JsonFactory();

    /** A group of root fields as the page shows them. */
    record Section(String id, String zh, String en, List<String> keys) {
    }

    /**
     * The root fields in the order of the procedure (the declaration lists a decision's steps first
     * and a document's after them). Every root field stands in exactly one section (a test holds it).
     */
    static final List<Section> SECTIONS = List.of(
            new Section("basics", "基本信息", "Basics", List.of("format", "kind", "id", "title", "authority", "authority_type", "sponsor", "profile")),
            new Section("document", "文件信息", "The document", List.of("document")),
            new Section("scope", "适用范围与事项特征", "Scope and traits", List.of("scope", "traits")),
            new Section("assessment", "评估论证", "Assessment", List.of("assessment")),
            new Section("public_participation", "公众参与", "Public participation", List.of("public_participation")),
            new Section("expert_review", "专家论证", "Expert review", List.of("expert_review")),
            new Section("risk_assessment", "风险评估", "Risk assessment", List.of("risk_assessment")),
            new Section("fair_competition_review", "公平竞争审查", "Fair-competition review", List.of("fair_competition_review")),
            new Section("legality_review", "合法性审查", "Legality review", List.of("legality_review")),
            new Section("party_committee_report", "向党委请示报告", "Report to the Party committee", List.of("party_committee_report")),
            new Section("collective_decision", "集体讨论决定", "Collective decision", List.of("collective_decision")),
            new Section("publication", "公布", "Publication", List.of("publication")),
            new Section("filing_archive", "备案与归档", "Filing and archiving", List.of("filing", "archive")),
            new Section("after_publication", "公布以后：执行、后评估与调整", "After publication: execution, evaluation, adjustments",
                    List.of("execution", "post_evaluation", "adjustments")),
            new Section("evidence", "证据材料", "Evidence", List.of("evidence")),
            new Section("waivers", "豁免", "Waivers", List.of("waivers")));

    /** Fields whose step is not spelled by their key (the step's rules give their articles). */
    private static final Map<String, Step> STEP_OF_PATH = Map.of(
            "scope.in_catalog", Step.CATALOG,
            "waivers", Step.WAIVER);

    private FormatDescription() {
    }

    static byte[] json(Catalog catalog) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("format", DossierFormat.VERSION);
            g.writeArrayFieldStart("kinds");
            for (Kind k : Kind.values()) {
                g.writeString(k.yaml());
            }
            g.writeEndArray();
            g.writeArrayFieldStart("unknown");
            g.writeString("unknown");
            g.writeString("未知");
            g.writeEndArray();
            g.writeArrayFieldStart("sections");
            for (Section s : SECTIONS) {
                g.writeStartObject();
                g.writeStringField("id", s.id());
                g.writeStringField("zh", s.zh());
                g.writeStringField("en", s.en());
                g.writeArrayFieldStart("keys");
                for (String k : s.keys()) {
                    g.writeString(k);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeFieldName("root");
            shape(g, DossierFormat.ROOT, "");
            g.writeObjectFieldStart("vocabularies");
            Set<Class<? extends Vocabulary>> vocabularies = new LinkedHashSet<>();
            collect(DossierFormat.ROOT, vocabularies);
            vocabularies.add(Step.class);
            for (Class<? extends Vocabulary> v : vocabularies) {
                g.writeArrayFieldStart(v.getSimpleName());
                for (Vocabulary value : v.getEnumConstants()) {
                    Vocabulary.Term t = value.term();
                    g.writeStartObject();
                    g.writeStringField("code", t.yaml());
                    g.writeStringField("zh", t.zh());
                    g.writeStringField("en", t.en());
                    g.writeArrayFieldStart("synonyms");
                    for (String s : t.synonyms()) {
                        g.writeString(s);
                    }
                    g.writeEndArray();
                    g.writeStringField("gloss_zh", t.glossZh());
                    g.writeStringField("gloss_en", t.glossEn());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
            steps(g, catalog);
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The step a field records, when it records one: a root field or a nested step (a hearing) named by its key. */
    static Step stepOf(String path, Field f) {
        Step explicit = STEP_OF_PATH.get(path);
        if (explicit != null) {
            return explicit;
        }
        boolean root = path.indexOf('.') < 0 && path.indexOf('[') < 0;
        boolean nestedStep = f.shape() instanceof Shape.Obj && !path.contains("[");
        if (!root && !nestedStep) {
            return null;
        }
        Step s = Vocabulary.parse(Step.class, f.key()).orElse(null);
        return s == Step.DOSSIER ? null : s;
    }

    private static void shape(JsonGenerator g, Shape shape, String path) throws IOException {
        g.writeStartObject();
        if (shape instanceof Shape.Text) {
            g.writeStringField("type", "text");
        } else if (shape instanceof Shape.Date) {
            g.writeStringField("type", "date");
        } else if (shape instanceof Shape.Bool) {
            g.writeStringField("type", "bool");
        } else if (shape instanceof Shape.Count) {
            g.writeStringField("type", "count");
        } else if (shape instanceof Shape.Const c) {
            g.writeStringField("type", "const");
            g.writeStringField("value", c.value());
        } else if (shape instanceof Shape.Sha256) {
            g.writeStringField("type", "sha256");
        } else if (shape instanceof Shape.Url) {
            g.writeStringField("type", "url");
        } else if (shape instanceof Shape.Choice c) {
            g.writeStringField("type", "choice");
            g.writeStringField("vocabulary", c.vocabulary().getSimpleName());
        } else if (shape instanceof Shape.ListOf l) {
            g.writeStringField("type", "list");
            g.writeBooleanField("non_empty", l.nonEmpty());
            g.writeFieldName("item");
            shape(g, l.item(), path + "[]");
        } else if (shape instanceof Shape.PerKind k) {
            g.writeStringField("type", "per_kind");
            g.writeObjectFieldStart("by_kind");
            for (Kind kind : Kind.values()) {
                g.writeFieldName(kind.yaml());
                shape(g, k.of(kind), path);
            }
            g.writeEndObject();
        } else if (shape instanceof Shape.Obj o) {
            g.writeStringField("type", "object");
            g.writeArrayFieldStart("fields");
            for (Field f : o.fields()) {
                String child = path.isEmpty() ? f.key() : path + "." + f.key();
                g.writeStartObject();
                g.writeStringField("key", f.key());
                g.writeStringField("zh", f.zh());
                g.writeStringField("en", f.en());
                kinds(g, "required_for", f.requiredFor());
                kinds(g, "allowed_for", f.allowedFor());
                g.writeStringField("unless", f.unlessPresent());
                g.writeBooleanField("may_be_unknown", f.mayBeUnknown());
                Step step = stepOf(child, f);
                g.writeStringField("step", step == null ? null : step.yaml());
                g.writeFieldName("shape");
                shape(g, f.shape(), child);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("checks");
            for (Shape.Check c : o.checks()) {
                g.writeStartObject();
                if (c instanceof Shape.Order order) {
                    g.writeStringField("type", "order");
                    g.writeStringField("later", order.later());
                    g.writeStringField("earlier", order.earlier());
                } else if (c instanceof Shape.Together t) {
                    g.writeStringField("type", "together");
                    g.writeStringField("first", t.first());
                    g.writeStringField("second", t.second());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void kinds(JsonGenerator g, String name, Set<Kind> kinds) throws IOException {
        g.writeArrayFieldStart(name);
        for (Kind k : Kind.values()) {
            if (kinds.contains(k)) {
                g.writeString(k.yaml());
            }
        }
        g.writeEndArray();
    }

    private static void collect(Shape shape, Set<Class<? extends Vocabulary>> out) {
        if (shape instanceof Shape.Choice c) {
            out.add(c.vocabulary());
        } else if (shape instanceof Shape.ListOf l) {
            collect(l.item(), out);
        } else if (shape instanceof Shape.PerKind k) {
            for (Kind kind : Kind.values()) {
                collect(k.of(kind), out);
            }
        } else if (shape instanceof Shape.Obj o) {
            for (Field f : o.fields()) {
                collect(f.shape(), out);
            }
        }
    }

    /**
     * For each step, the articles its rules cite (per kind of dossier, in Chinese and English) and
     * the rules that judge it, read from the run's catalogue.
     */
    private static void steps(JsonGenerator g, Catalog catalog) throws IOException {
        Map<Step, Map<Kind, Set<String>>> bases = new LinkedHashMap<>();
        Map<Step, Set<String>> rules = new LinkedHashMap<>();
        for (List<RuleMeta> withId : catalog.ids().values()) {
            for (RuleMeta r : withId) {
                if (r.id().equals(Catalog.DOSSIER_INVALID)) {
                    continue;
                }
                rules.computeIfAbsent(r.step(), k -> new TreeSet<>()).add(r.id());
                for (Kind k : r.kinds()) {
                    String basis = r.basisFor(k);
                    if (basis != null && !basis.isBlank()) {
                        bases.computeIfAbsent(r.step(), s -> new LinkedHashMap<>()).computeIfAbsent(k, x -> new LinkedHashSet<>()).add(basis);
                    }
                }
            }
        }
        g.writeObjectFieldStart("steps");
        for (Step step : Step.values()) {
            if (!rules.containsKey(step)) {
                continue;
            }
            g.writeObjectFieldStart(step.yaml());
            g.writeStringField("zh", step.term().zh());
            g.writeStringField("en", step.term().en());
            g.writeArrayFieldStart("rules");
            for (String id : rules.get(step)) {
                g.writeString(id);
            }
            g.writeEndArray();
            g.writeObjectFieldStart("basis");
            Map<Kind, Set<String>> byKind = bases.getOrDefault(step, Map.of());
            for (Kind k : Kind.values()) {
                g.writeObjectFieldStart(k.yaml());
                for (Lang lang : Lang.values()) {
                    g.writeArrayFieldStart(lang == Lang.ZH ? "zh" : "en");
                    List<String> rendered = new ArrayList<>();
                    for (String b : byKind.getOrDefault(k, Set.of())) {
                        String r = Law.render(b, lang);
                        if (!rendered.contains(r)) {
                            rendered.add(r);
                            g.writeString(r);
                        }
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndObject();
    }
}
