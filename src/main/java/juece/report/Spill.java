package juece.report;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a report puts its dossier sections until the counts that head it are known: in memory up
 * to a few MiB, then in a temporary file, so that a report of any size keeps memory flat; all in
 * memory in a process that writes nothing to disk, where the input's limits bound the report.
 */
final class Spill implements Closeable {
    private static final int IN_MEMORY = 4 * 1024 * 1024;
    /** Set once by a process that writes nothing to disk ({@link Formats#keepDraftsInMemory()}). */
    static volatile boolean memoryOnly;

    private final ByteArrayOutputStream memory = new ByteArrayOutputStream();
    private Path file;
    private OutputStream fileOut;

    /** Where to write; switches to a temporary file once the memory part is full. */
    final OutputStream stream = new OutputStream() {
        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (fileOut == null && !memoryOnly && memory.size() + len > IN_MEMORY) {
                file = Files.createTempFile("juece-report", ".part");
                fileOut = new java.io.BufferedOutputStream(Files.newOutputStream(file));
                memory.writeTo(fileOut);
                memory.reset();
            }
            if (fileOut != null) {
                fileOut.write(b, off, len);
            } else {
                memory.write(b, off, len);
            }
        }
    };

    /** Everything written so far, from byte {@code skip} on, onto {@code out}. */
    void copyTo(OutputStream out, int skip) throws IOException {
        if (fileOut == null) {
            byte[] bytes = memory.toByteArray();
            out.write(bytes, Math.min(skip, bytes.length), Math.max(0, bytes.length - skip));
            return;
        }
        fileOut.flush();
        try (var in = Files.newInputStream(file)) {
            in.skipNBytes(skip);
            in.transferTo(out);
        }
    }

    @Override
    public void close() throws IOException {
        if (fileOut != null) {
            fileOut.close();
            Files.deleteIfExists(file);
        }
    }
}
