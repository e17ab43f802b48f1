package se.styrbord.allocation;

import java.util.List;
import java.util.Set;
import se.styrbord.shared.Money;

/**
 * Stable services stay in buy/sell; the rest of the pool, i.e. the pool less what the stable
 * services recover, is allocated as overhead by a driver (domain.md "Hybrid"; report 5: buy/sell
 * works only where demand is stable). Nothing is left over: should the stable services recover more
 * than the pool, the surplus goes back to the units by the same driver.
 */
public record Hybrid(List<PricedService> priceList, Set<String> stableServices, Driver driver)
        implements AllocationModel {

    public Hybrid {
        priceList = List.copyOf(priceList);
        stableServices = Set.copyOf(stableServices);
        Set<String> priced =
                Set.copyOf(priceList.stream().map(PricedService::code).toList());
        stableServices.stream()
                .filter(service -> !priced.contains(service))
                .sorted()
                .findFirst()
                .ifPresent(service -> {
                    throw new AllocationException("Stable service " + service + " is not in the price list");
                });
    }

    @Override
    public AllocationResult allocate(AllocationYear year) {
        ChargeSheet charges = ChargeSheet.of(priceList, year, stableServices::contains);
        List<UnitAmount> overhead = new DriverOverhead(driver).split(year.pool().minus(charges.total()), year.units());
        List<UnitAmount> amounts = overhead.stream()
                .map(share -> new UnitAmount(
                        share.code(),
                        share.name(),
                        share.driver(),
                        charges.of(share.code()).plus(share.amount())))
                .toList();
        return new AllocationResult(year.pool(), amounts, Money.ZERO, charges.invoices());
    }
}
