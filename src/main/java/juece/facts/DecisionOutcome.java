package juece.facts;

/** What the collective decision decided. */
public enum DecisionOutcome implements Vocabulary {
    APPROVED("approved", "通过", "approved"),
    REJECTED("rejected", "未通过", "rejected"),
    DEFERRED("deferred", "暂缓", "deferred");

    private final Term term;

    DecisionOutcome(String yaml, String zh, String en) {
        this.term = new Term(yaml, zh, en);
    }

    @Override
    public Term term() {
        return term;
    }
}
