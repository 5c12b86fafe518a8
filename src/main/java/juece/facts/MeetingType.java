package juece.facts;

/** The meeting that took the collective decision (MD Art. 30). */
public enum MeetingType implements Vocabulary {
    EXECUTIVE_MEETING("executive_meeting", "常务会议", "executive meeting"),
    PLENARY_MEETING("plenary_meeting", "全体会议", "plenary meeting"),
    DEPARTMENT_MEETING("department_meeting", "部门会议（部务会议、局务会议等）", "department meeting"),
    OFFICE_MEETING("office_meeting", "办公会议", "office meeting"),
    OTHER("other", "其他方式", "other means");

    private final Term term;

    MeetingType(String yaml, String zh, String en) {
        this.term = new Term(yaml, zh, en);
    }

    @Override
    public Term term() {
        return term;
    }
}
