package juece.facts;

/** A readiness gate: every step the law requires before it must be there (SPEC §5). */
public enum Gate implements Vocabulary {
    LEGALITY_REVIEW(Term.of("legality_review", "提交合法性审查", "legality review").also("合法性审查", "合法性审核")),
    COLLECTIVE_DECISION(Term.of("collective_decision", "提交集体讨论决定", "collective decision").also("集体讨论决定", "集体讨论", "集体审议")),
    PUBLICATION(Term.of("publication", "公布", "publication").also("发布"));

    private final Term term;

    Gate(Term term) {
        this.term = term;
    }

    @Override
    public Term term() {
        return term;
    }
}
