package juece.pipeline;

import java.util.function.Consumer;
import juece.read.ReadResult;
import juece.read.Source;
import juece.read.YamlReader;

/**
 * One dossier as a door hands it to the road: a file found by the walk, an upload held in memory,
 * a ledger's row. It is read on a checking thread; after that nothing knows which door it came by.
 */
@FunctionalInterface
public interface Input {

    /** The dossier's tree, or the problems that keep it from being read. */
    ReadResult read();

    /** A dossier held in memory, read with the same checks and limits as a file. */
    static Input of(Source source, byte[] bytes) {
        return () -> YamlReader.parse(source, bytes);
    }

    /** A dossier a door has already read (a ledger row), or failed to. */
    static Input read(ReadResult result) {
        return () -> result;
    }

    /** A front door: hands each of its dossiers on, in the order reports list them. */
    @FunctionalInterface
    interface Door {
        void each(Consumer<Input> sink);
    }
}
