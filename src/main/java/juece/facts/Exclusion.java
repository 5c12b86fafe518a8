package juece.facts;

/** The grounds of Art. 3 para 2 on which the regulation does not apply. */
public enum Exclusion implements Vocabulary {
    NONE("none", "无", "none"),
    MACRO_CONTROL("macro_control", "财政政策、货币政策等宏观调控决策", "macro-control decision (fiscal or monetary policy)"),
    LEGISLATION("legislation", "政府立法决策", "government legislative decision"),
    EMERGENCY("emergency", "突发事件应急处置决策", "emergency response decision"),
    SPECIAL_PROCEDURE("special_procedure", "法律、行政法规另有规定的决策程序", "decision procedure set otherwise by law or administrative regulation");

    private final Term term;

    Exclusion(String yaml, String zh, String en) {
        this.term = new Term(yaml, zh, en);
    }

    @Override
    public Term term() {
        return term;
    }
}
