package juece.read;

import java.util.List;

/** Either a document or the problems that kept the file from being read. */
public record ReadResult(Source source, YamlDocument document, List<Problem> problems) {
    public ReadResult {
        problems = List.copyOf(problems);
    }

    public static ReadResult ok(YamlDocument d) {
        return new ReadResult(d.source(), d, List.of());
    }

    public static ReadResult failed(Source s, List<Problem> problems) {
        return new ReadResult(s, null, problems);
    }

    static ReadResult failed(Source s, Problem problem) {
        return failed(s, List.of(problem));
    }

    public boolean ok() {
        return document != null;
    }
}
