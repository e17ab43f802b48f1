package se.styrbord.catalogue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import se.styrbord.shared.Violation;

/**
 * A service's facts as typed in the form on its page. They are read as the cells of a catalogue
 * row and checked by the same rules as an import, so that the form accepts what a file would; each
 * violation names the form's field.
 */
public record ServiceChange(String name, String owner, String unitOfMeasure, String addedOn, String retiredOn) {

    /** A field left out of the form is empty. */
    public ServiceChange {
        name = Objects.requireNonNullElse(name, "");
        owner = Objects.requireNonNullElse(owner, "");
        unitOfMeasure = Objects.requireNonNullElse(unitOfMeasure, "");
        addedOn = Objects.requireNonNullElse(addedOn, "");
        retiredOn = Objects.requireNonNullElse(retiredOn, "");
    }

    /** The form's fields by the catalogue file's columns. */
    static final Map<String, String> FIELDS = Map.of(
            "tjänst", "code",
            "namn", "name",
            "ägare", "owner",
            "måttenhet", "unitOfMeasure",
            "tillagd", "addedOn",
            "borttagen", "retiredOn");

    /** The form filled in with the service as it is. */
    public static ServiceChange of(ItService s) {
        return new ServiceChange(
                s.name(),
                s.owner(),
                s.unitOfMeasure(),
                s.addedOn().toString(),
                s.retiredOn() == null ? "" : s.retiredOn().toString());
    }

    /** The service as changed, or null when a field cannot be read (the violations say why). */
    @Nullable
    ItService read(String code, List<Violation> violations) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("namn", name);
        row.put("ägare", owner);
        row.put("måttenhet", unitOfMeasure);
        row.put("tillagd", addedOn);
        row.put("borttagen", retiredOn);
        int before = violations.size();
        Cells cells = Cells.ofForm(row, violations);
        String readName = cells.required("namn");
        String readOwner = cells.required("ägare");
        String readMeasure = cells.required("måttenhet");
        LocalDate added = cells.date("tillagd", true);
        LocalDate retired = cells.date("borttagen", false);
        if (violations.size() > before
                || readName == null
                || readOwner == null
                || readMeasure == null
                || added == null) {
            return null;
        }
        return new ItService(code, readName, readOwner, readMeasure, added, retired);
    }
}
