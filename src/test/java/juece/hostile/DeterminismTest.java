package juece.hostile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import juece.cli.Main;
import org.junit.jupiter.api.Test;

/** The same folder gives byte-identical reports, run after run, on one thread or two. */
class DeterminismTest {

    private static byte[] json(String threads, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        Main.run(new String[] {"check", "cases", "cases-invalid", "--as-of", "2025-06-30", "--format", format, "--threads", threads},
                ps, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void jsonIsByteIdenticalWithOneAndTwoThreads() {
        byte[] one = json("1", "json");
        assertTrue(one.length > 50_000, "the whole cases folder was reported");
        assertArrayEquals(one, json("2", "json"));
        assertArrayEquals(one, json("2", "json"));
    }

    @Test
    void sarifAndCsvToo() {
        assertArrayEquals(json("1", "sarif"), json("2", "sarif"));
        assertArrayEquals(json("1", "csv"), json("2", "csv"));
    }
}
