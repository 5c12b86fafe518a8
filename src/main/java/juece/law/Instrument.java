package juece.law;

/** A law, regulation or policy document that rules cite, and the shipped text to quote from (file may be empty). */
public record Instrument(String shortName, String title, String en, String number, String dates, String file, String tag) {
}
