package juece.calendar;

/** A holiday file that cannot be read: the run cannot count working days and stops (exit 2). */
public final class CalendarException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CalendarException(String message) {
        super(message);
    }
}
