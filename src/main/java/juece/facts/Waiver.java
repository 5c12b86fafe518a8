package juece.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A recorded decision not to do something a rule requires: who approved it, why, until when. */
public record Waiver(DossierKey dossier, String rule, String reason, String basis, String approvedBy,
                     LocalDate expires, String path) implements Located {
    /** Reason, basis, approver and expiry all stated. */
    public boolean complete() {
        return missing().isEmpty();
    }

    /** The keys of what a waiver needs and this one lacks. */
    public List<String> missing() {
        List<String> m = new ArrayList<>();
        if (!present(reason)) {
            m.add("reason");
        }
        if (!present(basis)) {
            m.add("basis");
        }
        if (!present(approvedBy)) {
            m.add("approved_by");
        }
        if (expires == null) {
            m.add("expires");
        }
        return m;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
