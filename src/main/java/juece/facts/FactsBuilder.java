package juece.facts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import juece.read.Attachments;
import juece.read.Node;
import juece.read.SourceMap;
import juece.read.YamlDocument;
import juece.text.Labeled;

/**
 * Turns a validated dossier into immutable facts: one record per step (and per list item), each
 * with the dossier's key, its YAML path and the values it wrote {@code unknown}; the dates of the
 * drafting steps; evidence citations and what stands beside the dossier; the dossier's
 * {@link Progress}; every value written unknown. The run's {@link Context} and the profile's
 * {@link Parameters} go alongside, shared with the other dossiers checked with them.
 */
public final class FactsBuilder {
    private final DossierKey key = new DossierKey();
    private final List<Object> facts = new ArrayList<>();
    private final Map<Stage, String> recorded = new EnumMap<>(Stage.class);
    private final Map<Stage, String> unsure = new EnumMap<>(Stage.class);

    private FactsBuilder() {
    }

    /** {@code describe} names a path of the format in the reader's language, for what {@code record/unknown} says. */
    public static DossierFacts build(YamlDocument doc, Context context, Parameters parameters,
                                     BiFunction<Kind, String, Labeled> describe) {
        FactsBuilder b = new FactsBuilder();
        boolean anyUnknown = writesUnknown(doc.root());
        Fields root = new Fields(doc.root(), anyUnknown);
        Dossier dossier = new Dossier(b.key, root.text("id"), root.choice("kind", Kind.class), root.text("title"),
                root.text("authority"), root.choice("authority_type", AuthorityType.class), root.text("sponsor"),
                root.unknowns(), "");
        b.facts.add(dossier);
        if (dossier.kind() == Kind.MAJOR_DECISION) {
            b.scope(root.child("scope"));
        } else {
            b.documentScope(root.child("scope"));
        }
        b.traits(root.child("traits"));
        b.participation(root.child("public_participation"));
        b.expertReview(root.child("expert_review"));
        b.riskAssessment(root.child("risk_assessment"));
        b.fairCompetitionReview(root.child("fair_competition_review"));
        b.assessment(root.child("assessment"));
        b.legalityReview(root.child("legality_review"));
        b.collectiveDecision(root.child("collective_decision"));
        b.partyCommitteeReport(root.child("party_committee_report"));
        b.publication(root.child("publication"));
        b.archive(root.child("archive"));
        b.document(root.child("document"));
        b.filing(root.child("filing"));
        b.afterPublication(root);
        b.evidence(root, doc.source().attachments());
        for (Fields w : root.items("waivers")) {
            b.facts.add(new Waiver(b.key, w.text("rule"), w.text("reason"), w.text("basis"), w.text("approved_by"),
                    w.date("expires"), w.path));
        }
        b.facts.add(b.progress(context.gate()));
        b.unknowns(doc.root(), anyUnknown, path -> describe.apply(dossier.kind(), path));
        return new DossierFacts(dossier, context, parameters, b.facts);
    }

    private Progress progress(Gate gate) {
        Stage reached = Stage.DRAFTING;
        for (Stage s : recorded.keySet()) {
            reached = s.compareTo(reached) > 0 ? s : reached;
        }
        if (gate != null && Stage.of(gate).compareTo(reached) > 0) {
            reached = Stage.of(gate);
        }
        return new Progress(key, reached, gate, recorded, unsure);
    }

    /** A step of {@code stage} the dossier records, or writes unknown (it may or may not have taken place). */
    private void record(Stage stage, Fields f) {
        (f.whole ? unsure : recorded).putIfAbsent(stage, f.path);
    }

    /** Every value written unknown, and each one's place, for {@code record/unknown} and for rules that read absences. */
    private void unknowns(Node.Mapping root, boolean anyUnknown, java.util.function.Function<String, Labeled> describe) {
        Set<String> paths = new LinkedHashSet<>();
        if (anyUnknown) {
            collect(root, "", paths);
        }
        for (String p : paths) {
            facts.add(new UnknownValue(key, p, describe.apply(p)));
        }
        facts.add(new Unknowns(key, paths));
    }

    /** Whether the dossier writes unknown anywhere: a walk that builds no path, for the many that do not. */
    private static boolean writesUnknown(Node node) {
        if (node instanceof Node.Scalar s) {
            return s.isUnknown();
        } else if (node instanceof Node.Mapping m) {
            for (Node.Entry e : m.entries().values()) {
                if (writesUnknown(e.value())) {
                    return true;
                }
            }
        } else if (node instanceof Node.Seq seq) {
            for (Node item : seq.items()) {
                if (writesUnknown(item)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void collect(Node node, String path, Set<String> out) {
        if (node instanceof Node.Scalar s && s.isUnknown()) {
            out.add(path);
        } else if (node instanceof Node.Mapping m) {
            m.entries().values().forEach(e -> collect(e.value(), SourceMap.child(path, e.key()), out));
        } else if (node instanceof Node.Seq seq) {
            for (int i = 0; i < seq.items().size(); i++) {
                collect(seq.items().get(i), SourceMap.item(path, i), out);
            }
        }
    }

    /** The date a drafting step records under {@code field}, known or unknown; nothing when absent. */
    private void date(Step step, Fields f, String field) {
        String unknownAt = f.unknownPath(field);
        if (unknownAt != null) {
            facts.add(new StepDate(key, step, Stage.DRAFTING, field, null, Set.of(Located.WHOLE), unknownAt));
        } else if (f.date(field) != null) {
            facts.add(new StepDate(key, step, Stage.DRAFTING, field, f.date(field), Set.of(), f.at(field)));
        }
    }

    private void scope(Fields f) {
        if (f != null) {
            facts.add(new Scope(key, f.choice("category", Category.class), f.flag("in_catalog"),
                    f.choice("excluded", Exclusion.class), f.unknowns(), f.path));
        }
    }

    private void documentScope(Fields f) {
        if (f != null) {
            facts.add(new DocumentScope(key, f.choice("excluded", DocumentExclusion.class), f.unknowns(), f.path));
        }
    }

    private void traits(Fields f) {
        facts.add(new Traits(key, f.flag("public_interest"), f.flag("technical"), f.flag("stability_risk"),
                f.flag("market_entities"), f.flag("public_concern"), f.flag("confidential"), f.texts("specific_groups"),
                f.flag("exploratory_reform", false), f.unknowns(), f.path));
    }

    private void participation(Fields f) {
        if (f == null) {
            return;
        }
        facts.add(new PublicParticipation(key, f.count("opinions_received"), f.evidence(), f.unknowns(), f.path));
        cite(Step.PUBLIC_PARTICIPATION, f);
        Fields adoption = f.child("adoption_report");
        if (adoption != null) {
            facts.add(new AdoptionReport(key, adoption.date("date"), adoption.unknowns(), adoption.path));
            date(Step.PUBLIC_PARTICIPATION, adoption, "date");
        }
        Fields c = f.child("comment");
        if (c != null) {
            facts.add(new PublicComment(key, c.date("published"), c.date("closes"), c.choices("channels", Channel.class),
                    c.text("shortened_reason"), c.unknowns(), c.path));
            date(Step.PUBLIC_PARTICIPATION, c, "closes");
        }
        Fields h = f.child("hearing");
        if (h != null) {
            facts.add(new Hearing(key, h.date("announced"), h.date("materials_delivered"), h.date("held"),
                    h.flag("record_signed"), h.unknowns(), h.path));
            date(Step.HEARING, h, "held");
        }
        for (Fields k : f.items("consultations")) {
            facts.add(new Consultation(key, k.choice("method", ConsultationMethod.class), k.date("date"), k.texts("with"),
                    k.unknowns(), k.path));
            date(Step.PUBLIC_PARTICIPATION, k, "date");
        }
    }

    private void expertReview(Fields f) {
        if (f == null) {
            return;
        }
        facts.add(new ExpertReview(key, f.date("date"), f.flag("opinion_signed"), f.evidence(), f.unknowns(), f.path));
        for (Fields e : f.items("experts")) {
            facts.add(new Expert(key, e.text("name"), e.text("affiliation"), e.flag("conflict_of_interest"), e.unknowns(), e.path));
        }
        cite(Step.EXPERT_REVIEW, f);
        date(Step.EXPERT_REVIEW, f, "date");
    }

    private void riskAssessment(Fields f) {
        if (f == null) {
            return;
        }
        facts.add(new RiskAssessment(key, f.date("completed"), f.choice("level", RiskLevel.class), f.flag("controllable"),
                f.text("prior_assessment"), f.evidence(), f.unknowns(), f.path));
        cite(Step.RISK_ASSESSMENT, f);
        date(Step.RISK_ASSESSMENT, f, "completed");
    }

    private void fairCompetitionReview(Fields f) {
        if (f == null) {
            return;
        }
        facts.add(new FairCompetitionReview(key, f.date("completed"), f.choice("conclusion", FcrConclusion.class),
                f.evidence(), f.unknowns(), f.path));
        cite(Step.FAIR_COMPETITION_REVIEW, f);
        date(Step.FAIR_COMPETITION_REVIEW, f, "completed");
    }

    private void assessment(Fields f) {
        if (f == null) {
            return;
        }
        facts.add(new Assessment(key, f.date("date"), f.evidence(), f.unknowns(), f.path));
        cite(Step.ASSESSMENT, f);
        date(Step.ASSESSMENT, f, "date");
    }

    private void legalityReview(Fields f) {
        if (f == null) {
            return;
        }
        facts.add(new LegalityReview(key, f.date("submitted"), f.date("completed"), f.text("reviewer"),
                f.choice("conclusion", LegalityConclusion.class), f.flag("legal_adviser_opinion"),
                f.text("urgent_reason"), f.evidence(), f.unknowns(), f.path));
        cite(Step.LEGALITY_REVIEW, f);
        record(Stage.LEGALITY_REVIEW, f);
    }

    private void collectiveDecision(Fields f) {
        if (f == null) {
            return;
        }
        facts.add(new CollectiveDecision(key, f.choice("meeting", MeetingType.class), f.date("date"),
                f.choice("outcome", DecisionOutcome.class), f.flag("head_spoke_last"), f.choice("dissent", Dissent.class),
                f.flag("head_overrode_majority"), f.text("override_reason"), f.evidence(), f.unknowns(), f.path));
        cite(Step.COLLECTIVE_DECISION, f);
        record(Stage.DECISION, f);
    }

    private void partyCommitteeReport(Fields f) {
        if (f != null) {
            facts.add(new PartyCommitteeReport(key, f.date("date"), f.unknowns(), f.path));
        }
    }

    private void publication(Fields f) {
        if (f == null) {
            return;
        }
        facts.add(new Publication(key, f.date("date"), f.choices("channels", Channel.class), f.flag("internal_only", false),
                f.unknowns(), f.path));
        Fields i = f.child("interpretation");
        if (i != null) {
            facts.add(new Interpretation(key, i.date("date"), i.choice("method", InterpretationMethod.class), i.unknowns(), i.path));
        }
        record(Stage.PUBLICATION, f);
    }

    private void archive(Fields f) {
        if (f != null) {
            facts.add(new Archive(key, f.date("date"), f.unknowns(), f.path));
        }
    }

    private void document(Fields f) {
        if (f == null) {
            return;
        }
        facts.add(new Document(key, f.text("number"), f.flag("registered"), f.date("effective"), f.date("expires"),
                f.flag("trial"), f.text("immediate_effect_reason"), f.unknowns(), f.path));
        Fields c = f.child("content");
        facts.add(new DocumentContent(key, c.flag("creates_license"), c.flag("creates_penalty"), c.flag("creates_coercive_measure"),
                c.flag("creates_fee"), c.flag("adds_obligations_without_basis"), c.flag("restricts_competition"),
                c.flag("expands_own_power"), c.unknowns(), c.path));
    }

    private void filing(Fields f) {
        if (f != null) {
            facts.add(new Filing(key, f.date("submitted"), f.text("to"), f.unknowns(), f.path));
        }
    }

    /** The decision's life after publication (MD Arts. 34–37). */
    private void afterPublication(Fields root) {
        Fields x = root.child("execution");
        if (x != null) {
            facts.add(new Execution(key, x.text("unit"), x.unknowns(), x.path));
        }
        Fields e = root.child("post_evaluation");
        if (e != null) {
            facts.add(new PostEvaluation(key, e.date("date"), e.text("evaluator"), e.flag("evaluator_did_pre_decision_work"),
                    e.flag("public_heard"), e.unknowns(), e.path));
        }
        for (Fields a : root.items("adjustments")) {
            facts.add(new Adjustment(key, a.date("date"), a.choice("kind", AdjustmentKind.class), a.flag("urgent", false),
                    a.flag("procedure_followed"), a.text("dossier"), a.unknowns(), a.path));
        }
    }

    private void cite(Step step, Fields f) {
        List<String> ids = f.evidence();
        for (int i = 0; i < ids.size(); i++) {
            facts.add(new EvidenceCitation(key, step, ids.get(i), SourceMap.item(f.at("evidence"), i)));
        }
    }

    private void evidence(Fields root, Attachments attachments) {
        for (Fields e : root.items("evidence")) {
            String sha = e.text("sha256");
            Attachments.Probe probe = attachments.probe(e.text("file"), sha != null);
            facts.add(new Evidence(key, e.text("id"), e.choice("kind", EvidenceKind.class), e.text("title"), e.text("file"),
                    e.text("url"), sha == null ? null : sha.toLowerCase(java.util.Locale.ROOT), probe.state(), probe.sha256(),
                    e.unknowns(), e.path));
        }
    }
}
