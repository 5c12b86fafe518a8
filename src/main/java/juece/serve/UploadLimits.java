package juece.serve;

import juece.read.Limits;

/**
 * What one request may bring, documented in the README. A dossier is a few kilobytes and its
 * evidence a few files; these leave room for a folder of them and none for a request built to
 * exhaust the server, whose memory holds every upload (nothing is written to disk).
 */
final class UploadLimits {
    /** A body that is one dossier: the reader's own limit (SPEC §8: "a dossier over its 1 MiB limit"). */
    static final int DOSSIER_BYTES = Limits.MAX_FILE_BYTES;
    /** A multipart or zip body: dossiers and the evidence they cite. */
    static final int UPLOAD_BYTES = 16 * 1024 * 1024;
    /** Zip entries or multipart parts, folders included. */
    static final int ENTRIES = 1000;
    /** What a zip's entries may expand to, together. */
    static final long EXPANDED_BYTES = 64L * 1024 * 1024;
    /** An entry may expand to at most this many times its compressed size ... */
    static final int RATIO = 100;
    /** ... once it is past this size (small files of one repeated byte compress further, harmlessly). */
    static final int RATIO_FROM_BYTES = 1024 * 1024;
    /** Bytes of request bodies held at once by the requests in flight (a 503 beyond it). */
    static final long IN_FLIGHT_BYTES = 256L * 1024 * 1024;

    private UploadLimits() {
    }
}
