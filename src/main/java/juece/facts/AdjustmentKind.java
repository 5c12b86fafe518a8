package juece.facts;

/** How a decision was changed after publication (MD Art. 37). */
public enum AdjustmentKind implements Vocabulary {
    CHANGE(Term.of("change", "变更", "change")
            .also("修改", "变更决策")
            .gloss("变更决策内容",
                    "the decision was changed")),
    STOP(Term.of("stop", "停止执行", "stop")
            .also("停止", "终止执行", "废止")
            .gloss("停止执行决策",
                    "the decision was stopped")),
    SUSPENSION(Term.of("suspension", "中止执行", "suspension")
            .also("暂停执行", "中止", "暂停")
            .gloss("中止执行；情况紧急时可由行政首长先行决定（第三十七条）",
                    "suspended; in an urgent Art. 35 situation the head may decide it first (Art. 37)")),
    MAJOR_ADJUSTMENT(Term.of("major_adjustment", "重大调整", "major adjustment")
            .also("调整", "重大变更")
            .gloss("对决策作出重大调整，应当依照条例履行相关法定程序",
                    "a major adjustment: needs the statutory procedure"));

    private final Term term;

    AdjustmentKind(Term term) {
        this.term = term;
    }

    @Override
    public Term term() {
        return term;
    }
}
