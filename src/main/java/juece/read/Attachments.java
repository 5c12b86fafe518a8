package juece.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Map;

/**
 * What stands beside a dossier: the evidence files it cites (by a path relative to it) and the
 * folder a profile file it names is found in. A dossier read from disk has its folder; one uploaded
 * has the files uploaded with it and no folder; a ledger row has neither. A path that leads outside
 * (absolute, through {@code ..}, or, on disk, through a symlink) is never opened.
 */
public interface Attachments {

    /** What became of an evidence file's path. */
    enum State {
        /** no file named */
        NONE,
        /** a regular file beside the dossier */
        PRESENT,
        /** nothing there */
        MISSING,
        /** the path leads outside the dossier's folder or upload: never read */
        OUTSIDE
    }

    /** A file looked up: its state and, when asked and present, its SHA-256 in lower-case hex. */
    record Probe(State state, String sha256) {
    }

    /** Looks up the evidence file at {@code file}, hashing it when {@code hash}. */
    Probe probe(String file, boolean hash);

    /** The folder a profile path written in the dossier is resolved against; null: built-in profiles only. */
    Path folder();

    /** Nothing beside the dossier: a cited file is missing, a profile must be built in. */
    Attachments NONE = inMemory(Map.of());

    /** The dossier's folder on disk. */
    static Attachments folder(Path dir) {
        Path base = dir.toAbsolutePath().normalize();
        return new Attachments() {
            @Override
            public Probe probe(String file, boolean hash) {
                if (file == null) {
                    return new Probe(State.NONE, null);
                }
                Path relative;
                try {
                    relative = Path.of(file);
                } catch (InvalidPathException e) {
                    return new Probe(State.MISSING, null);
                }
                Path target = base.resolve(relative).normalize();
                if (relative.isAbsolute() || !target.startsWith(base)) {
                    return new Probe(State.OUTSIDE, null);
                }
                try {
                    if (!Files.exists(target)) {
                        return new Probe(State.MISSING, null);
                    }
                    Path real = target.toRealPath();
                    if (!real.startsWith(base.toRealPath())) {
                        return new Probe(State.OUTSIDE, null);
                    }
                    if (!Files.isRegularFile(real)) {
                        return new Probe(State.MISSING, null);
                    }
                    if (!hash) {
                        return new Probe(State.PRESENT, null);
                    }
                    MessageDigest digest = sha256();
                    try (InputStream in = Files.newInputStream(real)) {
                        byte[] buffer = new byte[64 * 1024];
                        for (int n; (n = in.read(buffer)) > 0; ) {
                            digest.update(buffer, 0, n);
                        }
                    }
                    return new Probe(State.PRESENT, HexFormat.of().formatHex(digest.digest()));
                } catch (IOException | SecurityException e) {
                    return new Probe(State.MISSING, null);
                }
            }

            @Override
            public Path folder() {
                return base;
            }
        };
    }

    /**
     * Files held in memory (an upload), by their path relative to the dossier with {@code /}
     * between names. A cited path is read the way a folder on disk reads it: {@code .} and
     * {@code a/..} fall away, and one that is absolute or climbs out is outside.
     */
    static Attachments inMemory(Map<String, byte[]> files) {
        Map<String, byte[]> held = Map.copyOf(files);
        return new Attachments() {
            @Override
            public Probe probe(String file, boolean hash) {
                if (file == null) {
                    return new Probe(State.NONE, null);
                }
                String name = normalize(file);
                if (name == null) {
                    return new Probe(State.OUTSIDE, null);
                }
                byte[] bytes = held.get(name);
                if (bytes == null) {
                    return new Probe(State.MISSING, null);
                }
                return new Probe(State.PRESENT, hash ? HexFormat.of().formatHex(sha256().digest(bytes)) : null);
            }

            @Override
            public Path folder() {
                return null;
            }
        };
    }

    /**
     * A relative path with {@code /} (or {@code \}) between names, {@code .} and {@code name/..}
     * resolved; null when it is absolute (a leading slash, a drive letter) or climbs out.
     */
    static String normalize(String path) {
        String p = path.replace('\\', '/');
        if (p.startsWith("/") || p.length() > 1 && p.charAt(1) == ':') {
            return null;
        }
        Deque<String> names = new ArrayDeque<>();
        for (String name : p.split("/")) {
            if (name.isEmpty() || name.equals(".")) {
                continue;
            }
            if (name.equals("..")) {
                if (names.isEmpty()) {
                    return null;
                }
                names.removeLast();
            } else {
                names.addLast(name);
            }
        }
        return names.isEmpty() ? null : String.join("/", names);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
