package se.styrbord.allocation;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import se.styrbord.shared.Money;

/**
 * Test data in one line: {@code "A:10, B:5@6, C:-"} is unit A with a driver of 10, B with 5 for six
 * months of the year, and C with none reported.
 */
final class Units {

    private Units() {}

    static List<UnitFacts> by(Driver driver, String line) {
        return Arrays.stream(line.split(","))
                .map(String::strip)
                .map(entry -> parse(driver, entry))
                .toList();
    }

    static String amounts(AllocationResult result) {
        return result.units().stream()
                .map(unit -> unit.code() + ":" + unit.amount())
                .collect(Collectors.joining(", "));
    }

    private static UnitFacts parse(Driver driver, String entry) {
        String code = entry.substring(0, entry.indexOf(':'));
        String rest = entry.substring(entry.indexOf(':') + 1);
        int months = rest.contains("@") ? Integer.parseInt(rest.substring(rest.indexOf('@') + 1)) : 12;
        String value = rest.contains("@") ? rest.substring(0, rest.indexOf('@')) : rest;
        BigDecimal number = value.equals("-") ? null : new BigDecimal(value);
        return new UnitFacts(
                        code,
                        "Unit " + code,
                        driver == Driver.EMPLOYEES && number != null ? number.intValueExact() : null,
                        driver == Driver.FTE ? number : null,
                        driver == Driver.TURNOVER && number != null ? new Money(number) : null,
                        12)
                .activeFor(months);
    }
}
