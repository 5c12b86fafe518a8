package juece.serve;

import static juece.serve.ServeTexts.msg;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import juece.read.Attachments;

/**
 * A zip upload read in memory, never extracted: its central directory gives every entry's name,
 * flags, sizes and file mode, and java.util.zip's Inflater expands each entry within the limits.
 * Entries whose name climbs out ({@code ..}), is absolute, holds control characters or repeats,
 * and symbolic links are refused by name; encrypted entries, methods other than store and deflate,
 * and ZIP64 are refused too. A name without the UTF-8 flag (general-purpose bit 11), as the zip
 * tools of a Chinese Windows write them, is read as UTF-8 when it is valid UTF-8, else as GB18030
 * (which includes GBK); an Info-ZIP Unicode Path field, when present and current, wins.
 */
final class ZipUpload {
    private static final int EOCD = 0x06054b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int LOCAL = 0x04034b50;
    private static final int ZIP64_LOCATOR = 0x07064b50;
    private static final int UNICODE_PATH = 0x7075;
    private static final Charset GB18030 = Charset.forName("GB18030");

    /** A file of the upload: its path with {@code /} between names, and its bytes. */
    record Entry(String path, byte[] bytes) {
    }

    private ZipUpload() {
    }

    /**
     * The files of the zip, folders left out, in the order of the central directory.
     * {@code dossier} says which files are dossiers, held to the dossier limit.
     */
    static List<Entry> read(byte[] zip, java.util.function.Predicate<String> dossier) throws HttpProblem {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int eocd = findEndOfCentralDirectory(b);
        if (eocd < 0) {
            throw bad(msg("upload.zip-truncated"));
        }
        if (eocd >= 20 && b.getInt(eocd - 20) == ZIP64_LOCATOR) {
            throw bad(msg("upload.zip64"));
        }
        int total = Short.toUnsignedInt(b.getShort(eocd + 10));
        long size = Integer.toUnsignedLong(b.getInt(eocd + 12));
        long offset = Integer.toUnsignedLong(b.getInt(eocd + 16));
        if (total == 0xFFFF || offset == 0xFFFFFFFFL) {
            throw bad(msg("upload.zip64"));
        }
        if (total > UploadLimits.ENTRIES) {
            throw tooManyEntries();
        }
        if (offset + size > eocd) {
            throw bad(msg("upload.zip-truncated"));
        }
        List<Central> central = new ArrayList<>();
        List<HttpProblem.Error> refusals = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int at = (int) offset;
        for (int i = 0; i < total; i++) {
            if (at + 46 > eocd || b.getInt(at) != CENTRAL) {
                throw bad(msg("upload.zip-truncated"));
            }
            int flags = Short.toUnsignedInt(b.getShort(at + 8));
            int method = Short.toUnsignedInt(b.getShort(at + 10));
            long crc = Integer.toUnsignedLong(b.getInt(at + 16));
            long compressed = Integer.toUnsignedLong(b.getInt(at + 20));
            long expanded = Integer.toUnsignedLong(b.getInt(at + 24));
            int nameLength = Short.toUnsignedInt(b.getShort(at + 28));
            int extraLength = Short.toUnsignedInt(b.getShort(at + 30));
            int commentLength = Short.toUnsignedInt(b.getShort(at + 32));
            long external = Integer.toUnsignedLong(b.getInt(at + 38));
            long local = Integer.toUnsignedLong(b.getInt(at + 42));
            int next = at + 46 + nameLength + extraLength + commentLength;
            if (next > eocd) {
                throw bad(msg("upload.zip-truncated"));
            }
            byte[] rawName = new byte[nameLength];
            b.get(at + 46, rawName);
            String name = name(rawName, (flags & 0x800) != 0, b, at + 46 + nameLength, extraLength);
            at = next;
            if (compressed == 0xFFFFFFFFL || expanded == 0xFFFFFFFFL || local == 0xFFFFFFFFL) {
                throw bad(msg("upload.zip64"));
            }
            String refused = refusal(name, external);
            String path = refused == null ? Attachments.normalize(name) : null;
            if (refused == null && path != null && !seen.add(path + (name.endsWith("/") ? "/" : ""))) {
                refused = "unsafe.duplicate";
            }
            if (refused != null) {
                refusals.add(new HttpProblem.Error("entry", shown(name), msg(refused, "entry", shown(name))));
                continue;
            }
            if (name.endsWith("/") || path == null || path.startsWith("__MACOSX/")) {
                continue; // a folder, "./", or the resource forks macOS's Finder adds to a zip
            }
            if ((flags & 1) != 0) {
                throw bad(msg("upload.zip-encrypted", "entry", path));
            }
            if (method != 0 && method != 8) {
                throw bad(msg("upload.zip-method", "entry", path, "method", method));
            }
            central.add(new Central(path, method, crc, compressed, expanded, local));
        }
        if (!refusals.isEmpty()) {
            throw refused(refusals);
        }
        List<Entry> entries = new ArrayList<>(central.size());
        long[] budget = {UploadLimits.EXPANDED_BYTES};
        for (Central c : central) {
            entries.add(new Entry(c.path, expand(zip, b, c, dossier.test(c.path), budget)));
        }
        return entries;
    }

    private record Central(String path, int method, long crc, long compressed, long expanded, long local) {
    }

    /** 400 naming every entry refused; the detail is the entry's own when there is one. */
    static HttpProblem refused(List<HttpProblem.Error> refusals) {
        HttpProblem p = new HttpProblem(400, "unsafe-entry", refusals.size() == 1 ? refusals.get(0).detail()
                : msg("unsafe.several", "count", refusals.size()));
        refusals.forEach(e -> p.error(e.member(), e.value(), e.detail()));
        return p;
    }

    /** The end-of-central-directory record, searched from the end past a comment of up to 64 KiB. */
    private static int findEndOfCentralDirectory(ByteBuffer b) {
        int last = b.limit() - 22;
        for (int i = last; i >= 0 && i >= last - 0xFFFF; i--) {
            if (b.getInt(i) == EOCD && i + 22 + Short.toUnsignedInt(b.getShort(i + 20)) == b.limit()) {
                return i;
            }
        }
        return -1;
    }

    /** Why an entry is refused by its name or mode (a text key), or null. */
    private static String refusal(String name, long external) {
        if (name.chars().anyMatch(ch -> ch < 0x20 || ch == 0x7F)) {
            return "unsafe.control";
        }
        String path = pathRefusal(name);
        if (path != null) {
            return path;
        }
        if (((external >>> 16) & 0xF000) == 0xA000) { // the Unix file mode that Unix and macOS zips keep: S_IFLNK
            return "unsafe.link";
        }
        return null;
    }

    /**
     * Why a name that stands for a path in a dossier's folder is refused (a text key): absolute
     * ({@code /x}, {@code C:}) or climbing out ({@code ..}), with either slash; null when neither. A
     * zip's entries and a multipart upload's evidence parts are held to the same rule.
     */
    static String pathRefusal(String name) {
        String p = name.replace('\\', '/');
        if (p.startsWith("/") || p.length() > 1 && p.charAt(1) == ':') {
            return "unsafe.absolute";
        }
        for (String segment : p.split("/")) {
            if (segment.equals("..")) {
                return "unsafe.dotdot";
            }
        }
        return null;
    }

    /** The entry's name: UTF-8 when flagged or valid, else GB18030; an Info-ZIP Unicode Path field wins. */
    private static String name(byte[] raw, boolean utf8Flag, ByteBuffer b, int extra, int extraLength) throws HttpProblem {
        if (!utf8Flag) {
            String unicode = unicodePath(raw, b, extra, extraLength);
            if (unicode != null) {
                return unicode;
            }
        }
        try {
            return decode(raw, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            if (utf8Flag) {
                throw bad(msg("upload.zip-name"));
            }
        }
        try {
            return decode(raw, GB18030);
        } catch (CharacterCodingException e) {
            throw bad(msg("upload.zip-name"));
        }
    }

    /** The UTF-8 name of an Info-ZIP Unicode Path extra field (0x7075) that matches the raw name's CRC. */
    private static String unicodePath(byte[] raw, ByteBuffer b, int at, int length) {
        int end = at + length;
        while (at + 4 <= end) {
            int id = Short.toUnsignedInt(b.getShort(at));
            int size = Short.toUnsignedInt(b.getShort(at + 2));
            if (at + 4 + size > end) {
                return null;
            }
            if (id == UNICODE_PATH && size > 5 && b.get(at + 4) == 1) {
                CRC32 crc = new CRC32();
                crc.update(raw);
                if (crc.getValue() == Integer.toUnsignedLong(b.getInt(at + 5))) {
                    byte[] name = new byte[size - 5];
                    b.get(at + 9, name);
                    try {
                        return decode(name, StandardCharsets.UTF_8);
                    } catch (CharacterCodingException e) {
                        return null;
                    }
                }
            }
            at += 4 + size;
        }
        return null;
    }

    private static String decode(byte[] raw, Charset cs) throws CharacterCodingException {
        CharBuffer chars = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw));
        return chars.toString();
    }

    /** An entry's bytes, expanded within the dossier limit, the ratio and what is left of the zip's budget. */
    private static byte[] expand(byte[] zip, ByteBuffer b, Central c, boolean dossier, long[] budget) throws HttpProblem {
        long local = c.local;
        if (local + 30 > zip.length || b.getInt((int) local) != LOCAL) {
            throw corrupt(c.path);
        }
        long data = local + 30 + Short.toUnsignedInt(b.getShort((int) local + 26)) + Short.toUnsignedInt(b.getShort((int) local + 28));
        if (data + c.compressed > zip.length) {
            throw corrupt(c.path);
        }
        long limit = dossier ? UploadLimits.DOSSIER_BYTES : Long.MAX_VALUE;
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(c.expanded, 64 * 1024));
        if (c.method == 0) {
            if (c.compressed != c.expanded) {
                throw corrupt(c.path);
            }
            check(c, c.expanded, limit, dossier, budget, c.expanded);
            out.write(zip, (int) data, (int) c.compressed);
        } else {
            Inflater inflater = new Inflater(true);
            try {
                inflater.setInput(zip, (int) data, (int) c.compressed);
                byte[] buffer = new byte[64 * 1024];
                long n = 0;
                boolean padded = false;
                while (!inflater.finished()) {
                    int got = inflater.inflate(buffer);
                    if (got == 0) {
                        if (inflater.needsInput() && !padded) {
                            inflater.setInput(new byte[1]); // raw deflate may want one byte past the data
                            padded = true;
                            continue;
                        }
                        if (inflater.needsInput() || inflater.needsDictionary()) {
                            throw corrupt(c.path);
                        }
                        continue;
                    }
                    n += got;
                    check(c, n, limit, dossier, budget, got);
                    out.write(buffer, 0, got);
                }
            } catch (DataFormatException e) {
                throw corrupt(c.path);
            } finally {
                inflater.end();
            }
        }
        byte[] bytes = out.toByteArray();
        CRC32 crc = new CRC32();
        crc.update(bytes);
        if (crc.getValue() != c.crc) {
            throw corrupt(c.path);
        }
        return bytes;
    }

    /** After {@code n} bytes of an entry, {@code got} of them new: each limit, the first one passed answering 413. */
    private static void check(Central c, long n, long limit, boolean dossier, long[] budget, long got) throws HttpProblem {
        if (n > limit) {
            throw Uploads.dossierTooLarge(c.path, Math.max(n, c.expanded));
        }
        if (n > UploadLimits.RATIO_FROM_BYTES && n > UploadLimits.RATIO * Math.max(1, c.compressed)) {
            HttpProblem p = new HttpProblem(413, "too-large", msg("too-large.ratio", "entry", c.path, "ratio", UploadLimits.RATIO));
            throw p.error("entry", c.path, msg("too-large.ratio", "entry", c.path, "ratio", UploadLimits.RATIO));
        }
        budget[0] -= got;
        if (budget[0] < 0) {
            throw new HttpProblem(413, "too-large", msg("too-large.expanded", "limit", UploadLimits.EXPANDED_BYTES));
        }
    }

    static HttpProblem tooManyEntries() {
        return new HttpProblem(413, "too-large", msg("too-large.entries", "count", UploadLimits.ENTRIES, "limit", UploadLimits.ENTRIES));
    }

    private static HttpProblem bad(juece.text.Message detail) {
        return new HttpProblem(400, "bad-upload", msg("upload.zip", "reason", detail));
    }

    private static HttpProblem corrupt(String path) {
        return bad(msg("upload.zip-corrupt", "entry", path)).error("entry", path, msg("upload.zip-corrupt", "entry", path));
    }

    /** A name as a problem shows it: control characters replaced. */
    static String shown(String name) {
        return name.replaceAll("[\\p{Cntrl}\\u0085\\u2028\\u2029]", "\uFFFD");
    }
}
