package juece.read;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;

/**
 * Jackson's YAML factory, made to report what the public parser API hides: an anchor on a
 * scalar, and a second document in the stream. Both are rejected by the loader (SPEC §3).
 */
final class StrictYamlFactory extends YAMLFactory {
    private static final long serialVersionUID = 1L;

    StrictYamlFactory() {
        super(YAMLFactory.builder()
                .loaderOptions(loaderOptions())
                .streamReadConstraints(StreamReadConstraints.builder()
                        // backstops: the tree builder reports these limits first, with a position
                        .maxNestingDepth(Limits.MAX_DEPTH + 2)
                        .maxStringLength(Limits.MAX_FILE_BYTES)
                        .maxNameLength(Limits.MAX_FILE_BYTES)
                        .build()));
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions o = new LoaderOptions();
        o.setCodePointLimit(Limits.MAX_FILE_BYTES);
        o.setMaxAliasesForCollections(0);
        o.setNestingDepthLimit(Limits.MAX_DEPTH + 2);
        o.setAllowRecursiveKeys(false);
        return o;
    }

    @Override
    protected YAMLParser _createParser(Reader r, IOContext ctxt) throws IOException {
        return new Parser(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, r);
    }

    /** Remembers the first anchor and counts documents, as SnakeYAML events pass by. */
    static final class Parser extends YAMLParser {
        private Mark anchorMark;
        private String anchor;
        private int documents;
        private Mark secondDocument;

        Parser(IOContext ctxt, int features, int yamlFeatures, LoaderOptions options,
               com.fasterxml.jackson.core.ObjectCodec codec, Reader reader) {
            super(ctxt, features, yamlFeatures, options, codec, reader);
        }

        @Override
        protected Event getEvent() throws IOException {
            Event e = super.getEvent();
            if (e instanceof NodeEvent n && !(e instanceof AliasEvent) && n.getAnchor() != null && anchor == null) {
                anchor = n.getAnchor();
                anchorMark = e.getStartMark();
            } else if (e instanceof DocumentStartEvent && ++documents == 2) {
                secondDocument = e.getStartMark();
            }
            return e;
        }

        String anchor() {
            return anchor;
        }

        Position anchorPosition() {
            return at(anchorMark);
        }

        Position secondDocument() {
            return secondDocument == null ? null : at(secondDocument);
        }

        private static Position at(Mark m) {
            return new Position(m.getLine() + 1, m.getColumn() + 1);
        }
    }
}
