package juece.facts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Looks up an evidence file relative to the dossier's folder. A path that leads outside the folder
 * (absolute, through {@code ..}, or through a symlink) is never opened.
 */
final class EvidenceFiles {
    private EvidenceFiles() {
    }

    record Probe(Evidence.FileState state, String sha256) {
    }

    static Probe probe(Path folder, String file, boolean hash) {
        if (file == null) {
            return new Probe(Evidence.FileState.NONE, null);
        }
        Path relative;
        try {
            relative = Path.of(file);
        } catch (InvalidPathException e) {
            return new Probe(Evidence.FileState.MISSING, null);
        }
        Path base = folder.toAbsolutePath().normalize();
        Path target = base.resolve(relative).normalize();
        if (relative.isAbsolute() || !target.startsWith(base)) {
            return new Probe(Evidence.FileState.OUTSIDE, null);
        }
        try {
            if (!Files.exists(target)) {
                return new Probe(Evidence.FileState.MISSING, null);
            }
            Path real = target.toRealPath();
            if (!real.startsWith(base.toRealPath())) {
                return new Probe(Evidence.FileState.OUTSIDE, null);
            }
            if (!Files.isRegularFile(real)) {
                return new Probe(Evidence.FileState.MISSING, null);
            }
            return new Probe(Evidence.FileState.PRESENT, hash ? sha256(real) : null);
        } catch (IOException | SecurityException e) {
            return new Probe(Evidence.FileState.MISSING, null);
        }
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
