package juece.read;

import java.time.DateTimeException;
import java.time.LocalDate;

/** {@code YYYY-MM-DD}, read strictly and without a formatter (it is read for every date of every dossier). */
public final class Dates {
    private Dates() {
    }

    /** Written as YYYY-MM-DD (whether or not the day exists). */
    public static boolean isDateShaped(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && (s.charAt(i) < '0' || s.charAt(i) > '9')) {
                return false;
            }
        }
        return true;
    }

    /** The date, or null when it is not written YYYY-MM-DD or does not exist (2024-02-30). */
    public static LocalDate parse(String s) {
        if (!isDateShaped(s)) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(s, 0, 4, 10), Integer.parseInt(s, 5, 7, 10), Integer.parseInt(s, 8, 10, 10));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
