package juece.facts;

/** The grounds of Art. 3 para 2 on which the regulation does not apply. */
public enum Exclusion implements Vocabulary {
    NONE(Term.of("none", "不排除", "none")
            .also("无", "否", "不属于")
            .gloss("不属于第三条第二款的排除情形，条例适用",
                    "no exclusion of Art. 3 para 2: the Regulation applies")),
    MACRO_CONTROL(Term.of("macro_control", "宏观调控决策", "macro-control decision (fiscal or monetary policy)")
            .also("财政政策、货币政策等宏观调控决策", "宏观调控")
            .gloss("财政政策、货币政策等宏观调控决策",
                    "fiscal, monetary and other macro-control decisions")),
    LEGISLATION(Term.of("legislation", "政府立法决策", "government legislative decision")
            .also("立法", "政府立法")
            .gloss("政府立法决策（按立法程序）",
                    "government legislation (its own procedure)")),
    EMERGENCY(Term.of("emergency", "突发事件应急处置决策", "emergency response decision")
            .also("应急处置", "突发事件应急处置")
            .gloss("突发事件应急处置决策",
                    "decisions responding to an emergency")),
    SPECIAL_PROCEDURE(Term.of("special_procedure", "另有规定的决策", "decision procedure set otherwise by law or administrative regulation")
            .also("法律、行政法规另有规定的决策程序", "另有规定")
            .gloss("法律、行政法规对本条第一款规定事项的决策程序另有规定的",
                    "matters whose decision procedure a law or administrative regulation sets otherwise"));

    private final Term term;

    Exclusion(Term term) {
        this.term = term;
    }

    @Override
    public Term term() {
        return term;
    }
}
