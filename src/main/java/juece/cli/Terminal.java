package juece.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

/**
 * The encodings of text meant for a person at a console: standard output and standard error each
 * in the charset of the console they are attached to, UTF-8 when they go to a file or a pipe.
 *
 * <p>Java 17 on a Chinese Windows runs the console in code page 936 (GBK): UTF-8 bytes there print
 * as mojibake. What a person reads on a console (the text and Markdown reports, {@code rules},
 * {@code explain}, {@code verify}, help and error messages) is written in the console's charset;
 * what a program reads (JSON, SARIF, JUnit, CSV, the schema) stays UTF-8 wherever it goes, and so
 * does every report written with {@code --output}. Nothing here changes the console's code page.
 */
record Terminal(Charset out, Charset err) {
    /** Files and pipes, and every in-process run (tests, embedding): UTF-8 throughout. */
    static final Terminal UTF8 = new Terminal(StandardCharsets.UTF_8, StandardCharsets.UTF_8);

    /** The charsets of this process's standard output and error. */
    static Terminal detect() {
        Charset console = null;
        boolean interactive = false;
        if (System.console() != null) {
            console = System.console().charset();
            interactive = isTerminal(System.console());
        }
        return detect(System::getProperty, console, interactive);
    }

    /**
     * The choice, from what the JDK says: {@code properties} are the system properties,
     * {@code console} the charset of {@link System#console()} (null without one), {@code interactive}
     * whether that console is a terminal.
     */
    static Terminal detect(UnaryOperator<String> properties, Charset console, boolean interactive) {
        return new Terminal(pick(properties, "stdout", console, interactive), pick(properties, "stderr", console, interactive));
    }

    private static Charset pick(UnaryOperator<String> properties, String stream, Charset console, boolean interactive) {
        // JDK 17 and 18 on Windows set sun.stdout.encoding (sun.stderr.encoding) only when that stream
        // is a console, to the console's code page; JDK 19 and later set stdout.encoding always (to the
        // native encoding when it is not a console), so it counts only with a console attached
        Charset said = charset(properties.apply("sun." + stream + ".encoding"));
        if (said == null && interactive) {
            said = charset(properties.apply(stream + ".encoding"));
        }
        if (said == null && interactive) {
            said = console;
        }
        // the POSIX locale's ASCII says only that nothing was set, and terminals today take UTF-8
        if (said == null || said.equals(StandardCharsets.US_ASCII)) {
            return StandardCharsets.UTF_8;
        }
        return said;
    }

    private static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null; // a runtime without that charset: UTF-8 then
        }
    }

    /** JDK 22 and later return a console when standard output is redirected too; it then says so. */
    private static boolean isTerminal(java.io.Console console) {
        try {
            Method m = java.io.Console.class.getMethod("isTerminal");
            return (Boolean) m.invoke(console);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return true; // before JDK 22 a console exists only when standard input and output are a terminal
        }
    }

    /** Text for standard output, written as characters (flush it; closing it leaves {@code stdout} open). */
    PrintStream print(OutputStream stdout) {
        return new PrintStream(text(stdout), true, StandardCharsets.UTF_8);
    }

    /**
     * Standard output for a writer that encodes UTF-8 itself (the reporters): the same text in the
     * console's charset; {@code stdout} itself when that is UTF-8. Closing it flushes, never closes
     * {@code stdout}.
     */
    OutputStream text(OutputStream stdout) {
        return out.equals(StandardCharsets.UTF_8) ? new Unclosable(stdout) : new Transcoder(stdout, out);
    }

    /** Standard output for one writer: flushed on close, left open for what comes after. */
    static final class Unclosable extends java.io.FilterOutputStream {
        Unclosable(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /**
     * UTF-8 bytes in, the same characters out in another charset: what it cannot hold becomes a
     * look-alike it can (GBK has no minus sign and no emoji), else '?'.
     */
    static final class Transcoder extends OutputStream {
        private static final java.util.Map<Character, String> LOOK_ALIKES = java.util.Map.of(
                '\u2212', "-", '\u2013', "-", '\u2705', "\u221A", '\u274C', "\u00D7", '\u26A0', "!", '\uFE0F', "");
        private final java.nio.charset.CharsetEncoder encoder;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        private final ByteBuffer bytes = ByteBuffer.allocate(8192);
        private final CharBuffer chars = CharBuffer.allocate(8192);
        private final Writer writer;
        private boolean closed;

        Transcoder(OutputStream out, Charset charset) {
            this.writer = new OutputStreamWriter(new Unclosable(out), charset);
            this.encoder = charset.newEncoder();
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                int n = Math.min(len, bytes.remaining());
                bytes.put(b, off, n);
                off += n;
                len -= n;
                decode(false);
            }
        }

        /** Decodes what is buffered; a character split between two writes waits for its last bytes. */
        private void decode(boolean end) throws IOException {
            bytes.flip();
            while (true) {
                var result = decoder.decode(bytes, chars, end);
                drain();
                if (!result.isOverflow()) {
                    break;
                }
            }
            if (end) {
                while (decoder.flush(chars).isOverflow()) {
                    drain();
                }
                drain();
            }
            bytes.compact();
        }

        private void drain() throws IOException {
            chars.flip();
            char[] a = chars.array();
            int start = chars.arrayOffset() + chars.position();
            int end = start + chars.remaining();
            int from = start;
            for (int i = start; i < end; i++) {
                char c = a[i];
                if (c < 0x80 || Character.isSurrogate(c) || encoder.canEncode(c)) {
                    continue; // a surrogate pair the charset cannot hold: the writer puts '?'
                }
                writer.write(a, from, i - from);
                String like = LOOK_ALIKES.get(c);
                writer.write(like != null && (like.isEmpty() || encoder.canEncode(like)) ? like : "?");
                from = i + 1;
            }
            writer.write(a, from, end - from);
            chars.clear();
        }

        @Override
        public void flush() throws IOException {
            writer.flush();
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                decode(true);
            }
            writer.close(); // flushes; standard output itself stays open
        }
    }
}
