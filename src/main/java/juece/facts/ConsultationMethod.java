package juece.facts;

/** Ways of hearing opinions other than public comment and hearings (MD Art. 14 para 2). */
public enum ConsultationMethod implements Vocabulary {
    SYMPOSIUM("symposium", "座谈会", "symposium"),
    FIELD_VISIT("field_visit", "实地走访", "field visit"),
    WRITTEN_CONSULTATION("written_consultation", "书面征求意见", "written consultation"),
    QUESTIONNAIRE("questionnaire", "问卷调查", "questionnaire"),
    OPINION_POLL("opinion_poll", "民意调查", "opinion poll"),
    OTHER("other", "其他方式", "other method");

    private final Term term;

    ConsultationMethod(String yaml, String zh, String en) {
        this.term = new Term(yaml, zh, en);
    }

    @Override
    public Term term() {
        return term;
    }
}
