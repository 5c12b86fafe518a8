package juece.facts;

/** A readiness gate: every step the law requires before it must be there (SPEC §5). */
public enum Gate implements Vocabulary {
    LEGALITY_REVIEW("legality_review", "提交合法性审查", "legality review"),
    COLLECTIVE_DECISION("collective_decision", "提交集体讨论决定", "collective decision"),
    PUBLICATION("publication", "公布", "publication");

    private final Term term;

    Gate(String yaml, String zh, String en) {
        this.term = new Term(yaml, zh, en);
    }

    @Override
    public Term term() {
        return term;
    }
}
