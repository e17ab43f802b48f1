package se.styrbord.shared;

/** A thing asked for by its key that does not exist in the municipal group. */
public class NotFound extends RuntimeException {

    public NotFound(String what, Object key) {
        super(what + " " + key + " not found");
    }
}
