package juece.facts;

/** How a decision was explained to the public (MD Art. 32). */
public enum InterpretationMethod implements Vocabulary {
    PRESS_CONFERENCE(Term.of("press_conference", "新闻发布会", "press conference")
            .also("发布会", "新闻发布")
            .gloss("召开新闻发布会",
                    "a press conference")),
    INTERVIEW(Term.of("interview", "接受访谈", "interview")
            .also("访谈", "媒体访谈", "接受采访", "采访")
            .gloss("负责人接受媒体访谈",
                    "officials interviewed by the media")),
    WRITTEN(Term.of("written", "书面解读", "written interpretation")
            .also("文字解读", "图文解读", "图解", "政策解读稿")
            .gloss("发布文字、图表解读",
                    "a written or illustrated interpretation")),
    ONLINE_INTERVIEW(Term.of("online_interview", "在线访谈", "online interview")
            .also("网上访谈", "线上访谈", "在线直播")
            .gloss("网上在线访谈",
                    "an online interview")),
    OTHER(Term.of("other", "其他方式", "other method")
            .also("其他")
            .gloss("其他解读方式",
                    "another way"));

    private final Term term;

    InterpretationMethod(Term term) {
        this.term = term;
    }

    @Override
    public Term term() {
        return term;
    }
}
