package juece.law;

import java.util.List;

/**
 * One part of a rule's basis: an instrument (or null for a profile parameter or the dossier format),
 * the articles cited ({@code 第二十五条第二款}, {@code （五）}, {@code 第24项}), and the text as written.
 */
public record Citation(String text, Instrument instrument, List<String> articles) {
    public Citation {
        articles = List.copyOf(articles);
    }
}
