package juece.cli;

import java.io.PrintStream;

/** "juece: 1,200 / 5,000" on standard error while a long batch runs on a terminal; silent otherwise. */
final class Progress {
    private static final long EVERY_NANOS = 200_000_000L;

    private Progress() {
    }

    /** A listener for the checker (called from one thread), or null when standard output is not a terminal. */
    static juece.pipeline.Checker.Progress onTerminal(PrintStream err) {
        if (System.console() == null) {
            return null;
        }
        long[] last = {System.nanoTime()};
        return (done, total) -> {
            long now = System.nanoTime();
            if (done == total || now - last[0] > EVERY_NANOS) {
                last[0] = now;
                String of = total < 0 ? "" : String.format(" / %,d", total); // the walk may still be finding dossiers
                err.printf("\rjuece: %,d%s%s", done, of, done == total ? "\r" + " ".repeat(30) + "\r" : "");
                err.flush();
            }
        };
    }
}
