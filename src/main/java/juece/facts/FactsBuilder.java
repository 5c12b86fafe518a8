package juece.facts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import juece.read.Attachments;
import juece.read.YamlDocument;
import juece.read.SourceMap;

/**
 * Turns a validated dossier into immutable facts: one record per step (and per list item), each
 * with the dossier's key and its YAML path; the dates of the drafting steps; evidence citations and
 * what is on disk; the dossier's {@link Progress}. The run's {@link Context} and the profile's
 * {@link Parameters} go alongside, shared with the other dossiers checked with them.
 */
public final class FactsBuilder {
    private final DossierKey key = new DossierKey();
    private final List<Object> facts = new ArrayList<>();
    private final Map<Stage, String> recorded = new EnumMap<>(Stage.class);

    private FactsBuilder() {
    }

    public static DossierFacts build(YamlDocument doc, Context context, Parameters parameters) {
        FactsBuilder b = new FactsBuilder();
        Fields root = new Fields(doc.root(), "");
        Dossier dossier = new Dossier(b.key, root.text("id"), root.choice("kind", Kind.class), root.text("title"),
                root.text("authority"), root.choice("authority_type", AuthorityType.class), root.text("sponsor"), "");
        b.facts.add(dossier);
        b.scope(root.child("scope"));
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
        b.evidence(root, doc.source().attachments());
        for (Fields w : root.items("waivers")) {
            b.facts.add(new Waiver(b.key, w.text("rule"), w.text("reason"), w.text("basis"), w.text("approved_by"),
                    w.date("expires"), w.path));
        }
        b.facts.add(b.progress(context.gate()));
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
        return new Progress(key, reached, gate, recorded);
    }

    private void record(Stage stage, String path) {
        recorded.putIfAbsent(stage, path);
    }

    private void date(Step step, Fields f, String field) {
        if (f.date(field) != null) {
            facts.add(new StepDate(key, step, Stage.DRAFTING, field, f.date(field), f.at(field)));
        }
    }

    private void scope(Fields f) {
        if (f != null) {
            facts.add(new Scope(key, f.choice("category", Category.class), f.is("in_catalog"),
                    f.choice("excluded", Exclusion.class), f.path));
        }
    }

    private void traits(Fields f) {
        facts.add(new Traits(key, f.is("public_interest"), f.is("technical"), f.is("stability_risk"),
                f.is("market_entities"), f.is("public_concern"), f.is("confidential"), f.texts("specific_groups"),
                f.is("exploratory_reform"), f.path));
    }

    private void participation(Fields f) {
        if (f == null) {
            return;
        }
        Fields adoption = f.child("adoption_report");
        facts.add(new PublicParticipation(key, f.count("opinions_received"), adoption == null ? null : adoption.date("date"),
                f.texts("evidence"), f.path));
        cite(Step.PUBLIC_PARTICIPATION, f);
        if (adoption != null) {
            date(Step.PUBLIC_PARTICIPATION, adoption, "date");
        }
        Fields c = f.child("comment");
        if (c != null) {
            facts.add(new PublicComment(key, c.date("published"), c.date("closes"), c.choices("channels", Channel.class),
                    c.text("shortened_reason"), c.path));
            date(Step.PUBLIC_PARTICIPATION, c, "closes");
        }
        Fields h = f.child("hearing");
        if (h != null) {
            facts.add(new Hearing(key, h.date("announced"), h.date("materials_delivered"), h.date("held"),
                    h.is("record_signed"), h.path));
            date(Step.HEARING, h, "held");
        }
        for (Fields k : f.items("consultations")) {
            facts.add(new Consultation(key, k.choice("method", ConsultationMethod.class), k.date("date"), k.texts("with"), k.path));
            date(Step.PUBLIC_PARTICIPATION, k, "date");
        }
    }

    private void expertReview(Fields f) {
        if (f == null) {
            return;
        }
        facts.add(new ExpertReview(key, f.date("date"), f.is("opinion_signed"), f.texts("evidence"), f.path));
        for (Fields e : f.items("experts")) {
            facts.add(new Expert(key, e.text("name"), e.text("affiliation"), e.is("conflict_of_interest"), e.path));
        }
        cite(Step.EXPERT_REVIEW, f);
        date(Step.EXPERT_REVIEW, f, "date");
    }

    private void riskAssessment(Fields f) {
        if (f == null) {
            return;
        }
        facts.add(new RiskAssessment(key, f.date("completed"), f.choice("level", RiskLevel.class), f.flag("controllable"),
                f.text("prior_assessment"), f.texts("evidence"), f.path));
        cite(Step.RISK_ASSESSMENT, f);
        date(Step.RISK_ASSESSMENT, f, "completed");
    }

    private void fairCompetitionReview(Fields f) {
        if (f == null) {
            return;
        }
        facts.add(new FairCompetitionReview(key, f.date("completed"), f.choice("conclusion", FcrConclusion.class),
                f.texts("evidence"), f.path));
        cite(Step.FAIR_COMPETITION_REVIEW, f);
        date(Step.FAIR_COMPETITION_REVIEW, f, "completed");
    }

    private void assessment(Fields f) {
        if (f == null) {
            return;
        }
        facts.add(new Assessment(key, f.date("date"), f.texts("evidence"), f.path));
        cite(Step.ASSESSMENT, f);
        date(Step.ASSESSMENT, f, "date");
    }

    private void legalityReview(Fields f) {
        if (f == null) {
            return;
        }
        facts.add(new LegalityReview(key, f.date("submitted"), f.date("completed"), f.text("reviewer"),
                f.choice("conclusion", LegalityConclusion.class), f.flag("legal_adviser_opinion"),
                f.text("urgent_reason"), f.texts("evidence"), f.path));
        cite(Step.LEGALITY_REVIEW, f);
        record(Stage.LEGALITY_REVIEW, f.path);
    }

    private void collectiveDecision(Fields f) {
        if (f == null) {
            return;
        }
        facts.add(new CollectiveDecision(key, f.choice("meeting", MeetingType.class), f.date("date"),
                f.choice("outcome", DecisionOutcome.class), f.is("head_spoke_last"), f.choice("dissent", Dissent.class),
                f.is("head_overrode_majority"), f.text("override_reason"), f.texts("evidence"), f.path));
        cite(Step.COLLECTIVE_DECISION, f);
        record(Stage.DECISION, f.path);
    }

    private void partyCommitteeReport(Fields f) {
        if (f != null) {
            facts.add(new PartyCommitteeReport(key, f.date("date"), f.path));
        }
    }

    private void publication(Fields f) {
        if (f == null) {
            return;
        }
        facts.add(new Publication(key, f.date("date"), f.choices("channels", Channel.class), f.is("internal_only"), f.path));
        Fields i = f.child("interpretation");
        if (i != null) {
            facts.add(new Interpretation(key, i.date("date"), i.choice("method", InterpretationMethod.class), i.path));
        }
        record(Stage.PUBLICATION, f.path);
    }

    private void archive(Fields f) {
        if (f != null) {
            facts.add(new Archive(key, f.date("date"), f.path));
        }
    }

    private void document(Fields f) {
        if (f == null) {
            return;
        }
        facts.add(new Document(key, f.text("number"), f.is("registered"), f.date("effective"), f.date("expires"),
                f.is("trial"), f.path));
        Fields c = f.child("content");
        facts.add(new DocumentContent(key, c.is("creates_license"), c.is("creates_penalty"), c.is("creates_coercive_measure"),
                c.is("creates_fee"), c.is("adds_obligations_without_basis"), c.is("restricts_competition"),
                c.is("expands_own_power"), c.path));
    }

    private void filing(Fields f) {
        if (f != null) {
            facts.add(new Filing(key, f.date("submitted"), f.text("to"), f.path));
        }
    }

    private void cite(Step step, Fields f) {
        List<String> ids = f.texts("evidence");
        for (int i = 0; i < ids.size(); i++) {
            facts.add(new EvidenceCitation(key, step, ids.get(i), SourceMap.item(f.at("evidence"), i)));
        }
    }

    private void evidence(Fields root, Attachments attachments) {
        for (Fields e : root.items("evidence")) {
            String sha = e.text("sha256");
            Attachments.Probe probe = attachments.probe(e.text("file"), sha != null);
            facts.add(new Evidence(key, e.text("id"), e.choice("kind", EvidenceKind.class), e.text("title"), e.text("file"),
                    sha == null ? null : sha.toLowerCase(java.util.Locale.ROOT), probe.state(), probe.sha256(), e.path));
        }
    }
}
