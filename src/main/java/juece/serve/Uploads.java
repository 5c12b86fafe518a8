package juece.serve;

import static juece.serve.ServeTexts.msg;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import juece.pipeline.Input;
import juece.read.Attachments;
import juece.read.Source;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.io.Content;

/**
 * The upload door: a request's body turned into the road's {@link Input}s, every byte held in
 * memory. A plain body is one dossier; a multipart body holds dossiers (parts named {@code dossier},
 * each reported under its file name) and the evidence they cite (every other part, named by its path
 * relative to the dossier); a zip is a dossier folder: every {@code *.yaml}/{@code *.yml} in it is a
 * dossier (the {@code expected.yaml} of a golden case aside, as a folder walk does), and each sees
 * the files below its own folder as a dossier on disk does. Evidence is looked up and hashed by
 * {@link Attachments#inMemory}, exactly as a folder on disk is read.
 */
final class Uploads {
    static final String DOSSIER_PART = "dossier";
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u0085\\u2028\\u2029]");

    private Uploads() {
    }

    /** A body that is one dossier, named {@code name}; a JSON body is read as the YAML it also is. */
    static List<Input> plain(byte[] body, String name, boolean json) {
        return List.of(Input.of(new Source(name, Attachments.NONE), json ? jsonAsYaml(body) : body));
    }

    /**
     * JSON is YAML, but for two things the YAML reader refuses: a tab outside a string (JSON
     * whitespace, which YAML does not take as indentation) becomes a space, and {@code \/} in a string
     * (JSON's escaped solidus, unknown to YAML 1.1) becomes {@code /}. Lines and columns stay as they
     * were, but for a column after a {@code \/} on its line. The bytes are copied only when needed.
     */
    static byte[] jsonAsYaml(byte[] json) {
        boolean needed = false;
        boolean inString = false;
        for (int i = 0; i < json.length && !needed; i++) {
            byte c = json[i];
            if (inString) {
                if (c == '\\') {
                    needed = i + 1 < json.length && json[i + 1] == '/';
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else {
                needed = c == '\t';
            }
        }
        if (!needed) {
            return json;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(json.length);
        inString = false;
        for (int i = 0; i < json.length; i++) {
            byte c = json[i];
            if (inString) {
                if (c == '\\' && i + 1 < json.length) {
                    if (json[i + 1] != '/') {
                        out.write(c);
                    }
                    out.write(json[++i]);
                    continue;
                }
                inString = c != '"';
                out.write(c);
            } else {
                inString = c == '"';
                out.write(c == '\t' ? ' ' : c);
            }
        }
        return out.toByteArray();
    }

    /** The dossiers and evidence of a multipart/form-data body, parsed in memory by Jetty's parser. */
    static List<Input> multipart(byte[] body, String contentType) throws HttpProblem {
        String boundary = MultiPart.extractBoundary(contentType);
        if (boundary == null || boundary.isEmpty()) {
            throw new HttpProblem(400, "bad-upload", msg("upload.multipart-boundary"));
        }
        MultiPartFormData.Parser parser = new MultiPartFormData.Parser(boundary);
        parser.setMaxParts(UploadLimits.ENTRIES);
        parser.setMaxLength(UploadLimits.UPLOAD_BYTES);
        parser.setMaxFileSize(UploadLimits.UPLOAD_BYTES);
        parser.setMaxMemoryFileSize(UploadLimits.UPLOAD_BYTES); // every part in memory: no files directory is ever set
        parser.setUseFilesForPartsWithoutFileName(false);
        MultiPartFormData.Parts parts;
        try {
            parts = parser.parse(Content.Source.from(ByteBuffer.wrap(body))).get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            String reason = String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
            if (reason.contains("max parts")) {
                throw ZipUpload.tooManyEntries();
            }
            throw new HttpProblem(400, "bad-upload", msg("upload.multipart", "reason", reason));
        } catch (TimeoutException e) {
            throw new HttpProblem(400, "bad-upload", msg("upload.multipart", "reason", "incomplete"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpProblem(503, "shutting-down", msg("shutting-down"));
        }
        try (parts) {
            List<ZipUpload.Entry> dossiers = new ArrayList<>();
            Map<String, byte[]> evidence = new LinkedHashMap<>();
            List<HttpProblem.Error> refusals = new ArrayList<>();
            for (MultiPart.Part part : parts) {
                String name = part.getName();
                byte[] bytes = bytes(part);
                if (name == null || name.isEmpty()) {
                    refusals.add(new HttpProblem.Error("entry", "", msg("unsafe.unnamed")));
                } else if (name.equals(DOSSIER_PART)) {
                    String file = shown(part.getFileName());
                    if (bytes.length > UploadLimits.DOSSIER_BYTES) {
                        throw dossierTooLarge(file, bytes.length);
                    }
                    dossiers.add(new ZipUpload.Entry(file, bytes));
                } else {
                    String refused = refusal(name);
                    String path = refused == null ? Attachments.normalize(name) : null;
                    if (refused == null && (path == null || evidence.containsKey(path))) {
                        refused = path == null ? "unsafe.absolute" : "unsafe.duplicate";
                    }
                    if (refused != null) {
                        refusals.add(new HttpProblem.Error("entry", ZipUpload.shown(name), msg(refused, "entry", ZipUpload.shown(name))));
                    } else {
                        evidence.put(path, bytes);
                    }
                }
            }
            if (!refusals.isEmpty()) {
                throw ZipUpload.refused(refusals);
            }
            if (dossiers.isEmpty()) {
                throw new HttpProblem(400, "no-dossier", msg("no-dossier.multipart"));
            }
            Attachments attachments = Attachments.inMemory(evidence);
            List<Input> inputs = new ArrayList<>(dossiers.size());
            for (ZipUpload.Entry d : dossiers) {
                inputs.add(Input.of(new Source(d.path(), attachments), d.bytes()));
            }
            return inputs;
        }
    }

    private static byte[] bytes(MultiPart.Part part) throws HttpProblem {
        try {
            ByteBuffer b = Content.Source.asByteBuffer(part.createContentSource());
            byte[] bytes = new byte[b.remaining()];
            b.get(bytes);
            return bytes;
        } catch (java.io.IOException e) {
            throw new HttpProblem(400, "bad-upload", msg("upload.multipart", "reason", String.valueOf(e.getMessage())));
        }
    }

    /** A dossier's file name as reports show it: its own, without control characters; {@code dossier.yaml} without one. */
    private static String shown(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "dossier.yaml";
        }
        return CONTROL.matcher(fileName.replace('\\', '/')).replaceAll("\uFFFD");
    }

    /** Why an evidence part's name is refused (a text key), or null: the zip's rules for entry names. */
    private static String refusal(String name) {
        if (CONTROL.matcher(name).find()) {
            return "unsafe.control";
        }
        return ZipUpload.pathRefusal(name);
    }

    /**
     * The dossiers of a zip, in a folder walk's order (each folder's entries in name order, depth
     * first), each seeing the files below its folder, paths relative to it.
     */
    static List<Input> zip(byte[] body) throws HttpProblem {
        List<ZipUpload.Entry> entries = ZipUpload.read(body, Uploads::isYaml);
        List<ZipUpload.Entry> dossiers = dossiers(entries);
        Map<String, Attachments> byFolder = new HashMap<>();
        List<Input> inputs = new ArrayList<>(dossiers.size());
        for (ZipUpload.Entry d : dossiers) {
            Attachments beside = byFolder.computeIfAbsent(folder(d.path()), dir -> {
                Map<String, byte[]> files = new HashMap<>();
                for (ZipUpload.Entry e : entries) {
                    if (e.path().startsWith(dir)) {
                        files.put(e.path().substring(dir.length()), e.bytes());
                    }
                }
                return Attachments.inMemory(files);
            });
            inputs.add(Input.of(new Source(d.path(), beside), d.bytes()));
        }
        return inputs;
    }

    /** The dossiers among a zip's entries, in a folder walk's order (a golden case's expected.yaml aside). */
    private static List<ZipUpload.Entry> dossiers(List<ZipUpload.Entry> entries) throws HttpProblem {
        Set<String> paths = new HashSet<>();
        entries.forEach(e -> paths.add(e.path()));
        List<ZipUpload.Entry> dossiers = new ArrayList<>();
        for (ZipUpload.Entry e : entries) {
            if (isYaml(e.path()) && !(fileName(e.path()).equals("expected.yaml") && paths.contains(folder(e.path()) + "dossier.yaml"))) {
                dossiers.add(e);
            }
        }
        if (dossiers.isEmpty()) {
            throw new HttpProblem(400, "no-dossier", msg("no-dossier.zip"));
        }
        dossiers.sort((a, b) -> compareAsWalk(a.path(), b.path()));
        return dossiers;
    }

    /**
     * A zipped dossier folder as the workbench opens it: the first dossier in a walk's order, the
     * files below its folder (paths relative to it, what it may cite as evidence), and every dossier's path.
     */
    record ZipFolder(ZipUpload.Entry dossier, Map<String, byte[]> beside, List<String> dossiers) {
    }

    static ZipFolder zipFolder(byte[] body) throws HttpProblem {
        List<ZipUpload.Entry> entries = ZipUpload.read(body, Uploads::isYaml);
        List<ZipUpload.Entry> dossiers = dossiers(entries);
        ZipUpload.Entry first = dossiers.get(0);
        String dir = folder(first.path());
        Map<String, byte[]> beside = new java.util.TreeMap<>();
        for (ZipUpload.Entry e : entries) {
            if (e != first && e.path().startsWith(dir)) {
                beside.put(e.path().substring(dir.length()), e.bytes());
            }
        }
        return new ZipFolder(first, beside, dossiers.stream().map(ZipUpload.Entry::path).toList());
    }

    /** Paths compared name by name, as a walk that lists each folder in name order meets them. */
    static int compareAsWalk(String a, String b) {
        String[] x = a.split("/");
        String[] y = b.split("/");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    /** The folder of a path, with its trailing slash ("" at the top). */
    private static String folder(String path) {
        return path.substring(0, path.lastIndexOf('/') + 1);
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    static boolean isYaml(String path) {
        String name = fileName(path);
        return name.regionMatches(true, name.length() - 5, ".yaml", 0, 5) || name.regionMatches(true, name.length() - 4, ".yml", 0, 4);
    }

    static HttpProblem dossierTooLarge(String entry, long size) {
        var detail = msg("too-large.dossier", "entry", entry, "size", size, "limit", UploadLimits.DOSSIER_BYTES);
        return new HttpProblem(413, "too-large", detail).error("entry", entry, detail);
    }
}
