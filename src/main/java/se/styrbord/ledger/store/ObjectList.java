package se.styrbord.ledger.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.styrbord.ledger.sie.ObjectRef;

/**
 * The normal form of a row's object list, as stored: {@code dim=object} pairs sorted by dimension
 * (numerically where they are numbers), joined by {@code |}. Two rows with the same objects in any
 * order get the same text, so sums per account and objects are plain GROUP BYs.
 */
final class ObjectList {

    static final Comparator<ObjectRef> BY_DIMENSION = Comparator.<ObjectRef>comparingLong(o -> number(o.dimension()))
            .thenComparing(ObjectRef::dimension)
            .thenComparing(ObjectRef::object);

    private ObjectList() {}

    static String normal(List<ObjectRef> objects) {
        if (objects.isEmpty()) {
            return "";
        }
        if (objects.size() == 1) {
            ObjectRef only = objects.getFirst();
            return only.dimension() + "=" + only.object();
        }
        List<ObjectRef> sorted = new ArrayList<>(objects);
        sorted.sort(BY_DIMENSION);
        StringBuilder text = new StringBuilder();
        for (ObjectRef o : sorted) {
            if (!text.isEmpty()) {
                text.append('|');
            }
            text.append(o.dimension()).append('=').append(o.object());
        }
        return text.toString();
    }

    /** The object of dimension 1 in a normal form (where it comes first when present), or "". */
    static String dim1Of(String normal) {
        if (!normal.startsWith("1=")) {
            return "";
        }
        int end = normal.indexOf('|');
        return end < 0 ? normal.substring(2) : normal.substring(2, end);
    }

    private static long number(String dimension) {
        try {
            return Long.parseLong(dimension);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
