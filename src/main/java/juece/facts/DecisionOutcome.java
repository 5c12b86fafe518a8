package juece.facts;

/** What the collective decision decided. */
public enum DecisionOutcome implements Vocabulary {
    APPROVED(Term.of("approved", "通过", "approved")
            .also("审议通过", "原则通过", "同意")
            .gloss("会议审议通过（含原则通过）",
                    "approved (in principle included)")),
    REJECTED(Term.of("rejected", "未通过", "rejected")
            .also("不通过", "否决", "不同意")
            .gloss("会议未予通过",
                    "not approved")),
    DEFERRED(Term.of("deferred", "暂缓", "deferred")
            .also("暂缓决定", "搁置", "再议", "暂不决定")
            .gloss("会议暂缓作出决定",
                    "put off"));

    private final Term term;

    DecisionOutcome(Term term) {
        this.term = term;
    }

    @Override
    public Term term() {
        return term;
    }
}
