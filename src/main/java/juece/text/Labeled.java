package juece.text;

/** A value (usually a vocabulary enum) that has a name for people in each language. */
public interface Labeled {
    String label(Lang lang);
}
