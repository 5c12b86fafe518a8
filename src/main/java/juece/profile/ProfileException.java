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

    public ProfileException(String file, Position position, Message reason) {
        super(file + ":" + position + ": " + reason.render(Lang.EN));
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

    public Message reason() {
        return reason;
    }
}
