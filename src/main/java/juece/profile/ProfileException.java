package juece.profile;

import juece.read.Position;
import juece.text.Lang;
import juece.text.Message;

/** A profile that cannot be used: the run stops with exit 2, naming the file, line and column. */
public final class ProfileException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final transient Position position;
    private final transient Message reason;

    /** {@code position} null: the problem is not inside a file (an unknown profile name). */
    public ProfileException(String file, Position position, Message reason) {
        super((position == null ? file : file + ":" + position) + ": " + reason.render(Lang.EN));
        this.file = file;
        this.position = position;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    public Position position() {
        return position;
    }

    /** Where the problem is, as editors write it: {@code file:line:column}, or just the name. */
    public String where() {
        return position == null ? file : file + ":" + position;
    }

    public Message reason() {
        return reason;
    }
}
