package juece.facts;

/** Whether differing opinions at the meeting were put on record (MD Art. 30 para 3). */
public enum Dissent implements Vocabulary {
    NONE(Term.of("none", "无不同意见", "no differing opinions")
            .also("无", "没有不同意见")
            .gloss("会上没有不同意见",
                    "no one disagreed")),
    RECORDED(Term.of("recorded", "不同意见已载明", "differing opinions recorded")
            .also("已载明", "已如实载明", "不同意见已如实载明", "已记录")
            .gloss("不同意见已如实载入会议记录、纪要",
                    "differing opinions are in the record and minutes")),
    UNRECORDED(Term.of("unrecorded", "不同意见未载明", "differing opinions not recorded")
            .also("未载明", "未记录", "未如实载明")
            .gloss("有不同意见但未载入记录（违反第三十条第三款）",
                    "differing opinions left out of the record (breaks Art. 30 para 3)"));

    private final Term term;

    Dissent(Term term) {
        this.term = term;
    }

    @Override
    public Term term() {
        return term;
    }
}
