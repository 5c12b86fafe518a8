package juece.read;

/** A dossier file read into a tree, with the positions of every path in it. */
public record YamlDocument(Source source, Node.Mapping root, SourceMap map) {
}
