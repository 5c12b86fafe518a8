package juece.facts;

/**
 * The procedural step a rule judges (rule metadata {@code @step}); the first ones are the YAML
 * sections of the dossier, the last ones the checks that span steps.
 */
public enum Step implements Vocabulary {
    SCOPE(Term.of("scope", "适用范围", "scope")),
    CATALOG(Term.of("catalog", "决策事项目录", "decision catalogue")),
    ASSESSMENT(Term.of("assessment", "评估论证", "assessment")),
    PUBLIC_PARTICIPATION(Term.of("public_participation", "公众参与", "public participation")),
    HEARING(Term.of("hearing", "听证会", "hearing")),
    EXPERT_REVIEW(Term.of("expert_review", "专家论证", "expert review")),
    RISK_ASSESSMENT(Term.of("risk_assessment", "风险评估", "risk assessment")),
    FAIR_COMPETITION_REVIEW(Term.of("fair_competition_review", "公平竞争审查", "fair-competition review")),
    LEGALITY_REVIEW(Term.of("legality_review", "合法性审查", "legality review")),
    COLLECTIVE_DECISION(Term.of("collective_decision", "集体讨论决定", "collective decision")),
    PARTY_COMMITTEE_REPORT(Term.of("party_committee_report", "向党委请示报告", "report to the Party committee")),
    DOCUMENT(Term.of("document", "文件", "document")),
    PUBLICATION(Term.of("publication", "公布", "publication")),
    FILING(Term.of("filing", "备案", "filing")),
    ARCHIVE(Term.of("archive", "归档", "archiving")),
    EXECUTION(Term.of("execution", "决策执行", "execution")),
    POST_EVALUATION(Term.of("post_evaluation", "决策后评估", "post-decision evaluation")),
    ADJUSTMENT(Term.of("adjustment", "决策调整", "adjustment").also("adjustments")),
    ORDER(Term.of("order", "程序顺序", "order of steps")),
    EVIDENCE(Term.of("evidence", "证据材料", "evidence")),
    WAIVER(Term.of("waiver", "豁免", "waiver")),
    CALENDAR(Term.of("calendar", "工作日历", "working-day calendar")),
    RECORD(Term.of("record", "记录中的未知事实", "facts the record does not show")),
    DOSSIER(Term.of("dossier", "档案格式", "dossier format"));

    private final Term term;

    Step(Term term) {
        this.term = term;
    }

    @Override
    public Term term() {
        return term;
    }
}
