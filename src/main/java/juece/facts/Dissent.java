package juece.facts;

/** Whether differing opinions at the meeting were put on record (MD Art. 30 para 3). */
public enum Dissent implements Vocabulary {
    NONE("none", "无不同意见", "no differing opinions"),
    RECORDED("recorded", "不同意见已如实载明", "differing opinions recorded"),
    UNRECORDED("unrecorded", "不同意见未载明", "differing opinions not recorded");

    private final Term term;

    Dissent(String yaml, String zh, String en) {
        this.term = new Term(yaml, zh, en);
    }

    @Override
    public Term term() {
        return term;
    }
}
