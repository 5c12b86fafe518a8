package juece.engine;

import juece.facts.Waiver;

/** A finding set aside by a valid waiver; it is still reported, marked as waived. */
public record Waived(Outcome outcome, Waiver waiver) {
}
