package se.styrbord.allocation;

/** An allocation that cannot be made from its input; the message names the unit or share at fault. */
public final class AllocationException extends IllegalArgumentException {

    public AllocationException(String message) {
        super(message);
    }
}
