package juece.read;

import juece.text.Message;

/** Why input could not be read or does not match the format: where, and what was expected. */
public record Problem(Position position, Message message) {
}
