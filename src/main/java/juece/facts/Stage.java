package juece.facts;

/**
 * The stages a decision or document passes, in the order the law requires them:
 * drafting (participation, expert review, risk and fair-competition review, assessment) is part of
 * the package the legality review examines (MD Art. 26–27; 国办发〔2018〕115号 §(五)); no draft
 * goes to the meeting before the legality review (MD Art. 25; 115号 §(七)); nothing is published
 * before the collective decision and the Party-committee report (MD Art. 30–32); the duties that
 * follow publication (filing, archiving) come last.
 */
public enum Stage {
    DRAFTING, LEGALITY_REVIEW, DECISION, PUBLICATION, FOLLOW_UP;

    public static Stage of(Gate gate) {
        return switch (gate) {
            case LEGALITY_REVIEW -> LEGALITY_REVIEW;
            case COLLECTIVE_DECISION -> DECISION;
            case PUBLICATION -> PUBLICATION;
        };
    }
}
