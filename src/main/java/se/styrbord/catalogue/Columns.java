package se.styrbord.catalogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import se.styrbord.shared.InvalidInput;
import se.styrbord.shared.Violation;

/** Where each named column stands in a file's header row; Swedish names, English accepted too. */
final class Columns {

    private final Map<String, Integer> index;

    private Columns(Map<String, Integer> index) {
        this.index = index;
    }

    static Columns of(List<String> header, List<String> swedish, List<String> english, Set<String> optional) {
        Map<String, Integer> index = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (int c = 0; c < swedish.size(); c++) {
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i).strip().toLowerCase(Locale.ROOT);
                if (name.equals(swedish.get(c)) || name.equals(english.get(c))) {
                    index.put(swedish.get(c), i);
                }
            }
            if (!index.containsKey(swedish.get(c)) && !optional.contains(swedish.get(c))) {
                missing.add(swedish.get(c));
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidInput(
                    List.of(Violation.atRow(1, "header", "catalogue.file.columns", String.join(", ", missing))));
        }
        return new Columns(index);
    }

    String cell(List<String> row, String column) {
        Integer i = index.get(column);
        return i == null || i >= row.size() ? "" : row.get(i).strip();
    }
}
