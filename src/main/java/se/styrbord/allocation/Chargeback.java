package se.styrbord.allocation;

import java.util.List;

/**
 * Buy/sell, today's model (report 3.3 <i>Köp och sälj</i>, <i>Internfakturering</i>): each unit
 * pays Σ price × quantity for the services it used, invoiced monthly. The remainder is the pool
 * minus what the price list recovered: unrecovered cost, or negative when it over-recovers.
 */
public record Chargeback(List<PricedService> priceList) implements AllocationModel {

    public Chargeback {
        priceList = List.copyOf(priceList);
    }

    @Override
    public AllocationResult allocate(AllocationYear year) {
        ChargeSheet charges = ChargeSheet.of(priceList, year, service -> true);
        List<UnitAmount> amounts = year.units().stream()
                .map(unit -> new UnitAmount(unit.code(), unit.name(), null, charges.of(unit.code())))
                .toList();
        return AllocationResult.reconciled(year.pool(), amounts, charges.invoices());
    }
}
