package juece.facts;

/** Ways of hearing opinions other than public comment and hearings (MD Art. 14 para 2). */
public enum ConsultationMethod implements Vocabulary {
    SYMPOSIUM(Term.of("symposium", "座谈会", "symposium")
            .also("座谈", "论证座谈会", "意见座谈会")
            .gloss("召开座谈会听取意见",
                    "a meeting held to hear views")),
    FIELD_VISIT(Term.of("field_visit", "实地走访", "field visit")
            .also("走访", "入户走访", "调研走访", "实地调研")
            .gloss("到现场或入户听取意见",
                    "visiting on site or door to door")),
    WRITTEN_CONSULTATION(Term.of("written_consultation", "书面征求意见", "written consultation")
            .also("书面征求", "发函征求意见", "征求意见函")
            .gloss("向特定单位、群体发函书面征求意见",
                    "asking named bodies or groups in writing")),
    QUESTIONNAIRE(Term.of("questionnaire", "问卷调查", "questionnaire")
            .also("问卷", "调查问卷")
            .gloss("发放问卷",
                    "a questionnaire")),
    OPINION_POLL(Term.of("opinion_poll", "民意调查", "opinion poll")
            .also("民调", "民意测验")
            .gloss("抽样民意调查",
                    "a sample opinion poll")),
    OTHER(Term.of("other", "其他方式", "other method")
            .also("其他")
            .gloss("其他便于社会公众参与的方式",
                    "another way the public can take part"));

    private final Term term;

    ConsultationMethod(Term term) {
        this.term = term;
    }

    @Override
    public Term term() {
        return term;
    }
}
