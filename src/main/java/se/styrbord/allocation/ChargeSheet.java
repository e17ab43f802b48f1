package se.styrbord.allocation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import se.styrbord.shared.Money;

/**
 * The year's buy/sell charges per unit (domain.md "Chargeback"): each month a unit pays price per
 * year × quantity / 12 for each service it used. The twelfths are summed exactly in öre and rounded
 * half up once per unit, so a unit's yearly amount does not depend on how its use is split in lines
 * (which is why the year's use summed per service is enough). One invoice per unit and month charged.
 */
record ChargeSheet(Map<String, Money> byUnit, long invoices) {

    static ChargeSheet of(List<PricedService> priceList, AllocationYear year, Predicate<String> charged) {
        Map<String, Long> priceOre = new HashMap<>();
        for (PricedService service : priceList) {
            long price = charged.test(service.code()) ? service.pricePerYear().ore() : 0L;
            if (priceOre.put(service.code(), price) != null) {
                throw new AllocationException("Service " + service.code() + " appears twice in the price list");
            }
        }
        Map<String, Integer> index = new HashMap<>();
        year.units().forEach(u -> index.put(u.code(), index.size()));
        long[] twelfthsOfOre = new long[index.size()];
        int[] monthsCharged = new int[index.size()];
        for (YearUse use : year.uses()) {
            Long price = priceOre.get(use.serviceCode());
            if (price == null) {
                throw new AllocationException("Service " + use.serviceCode() + " used by unit " + use.unitCode()
                        + " is not in the price list");
            }
            long charge = Math.multiplyExact(price, use.quantity());
            if (charge > 0) {
                int unit = index.get(use.unitCode());
                twelfthsOfOre[unit] = Math.addExact(twelfthsOfOre[unit], charge);
                monthsCharged[unit] |= use.months();
            }
        }
        Map<String, Money> byUnit = new HashMap<>();
        long invoices = 0;
        for (UnitFacts unit : year.units()) {
            int i = index.get(unit.code());
            byUnit.put(unit.code(), Money.ofOre((twelfthsOfOre[i] + 6) / 12));
            invoices += Integer.bitCount(monthsCharged[i]);
        }
        return new ChargeSheet(Map.copyOf(byUnit), invoices);
    }

    Money of(String unitCode) {
        return byUnit.getOrDefault(unitCode, Money.ZERO);
    }

    Money total() {
        return byUnit.values().stream().reduce(Money.ZERO, Money::plus);
    }
}
