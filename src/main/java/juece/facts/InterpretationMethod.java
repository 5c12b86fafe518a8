package juece.facts;

/** How a decision was explained to the public (MD Art. 32). */
public enum InterpretationMethod implements Vocabulary {
    PRESS_CONFERENCE("press_conference", "新闻发布会", "press conference"),
    INTERVIEW("interview", "接受访谈", "interview"),
    WRITTEN("written", "书面解读", "written interpretation"),
    ONLINE_INTERVIEW("online_interview", "在线访谈", "online interview"),
    OTHER("other", "其他方式", "other method");

    private final Term term;

    InterpretationMethod(String yaml, String zh, String en) {
        this.term = new Term(yaml, zh, en);
    }

    @Override
    public Term term() {
        return term;
    }
}
