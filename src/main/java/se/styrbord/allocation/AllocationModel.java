package se.styrbord.allocation;

/**
 * A way to share one year's central IT pool among units, one record per model (domain.md
 * "Allocation and the boundary of buy/sell"; report 3.3 <i>Köp och sälj</i>, rec. 1a).
 *
 * <p>Every run reconciles: the unit amounts plus the remainder equal the pool to the öre. The
 * overhead models leave no remainder; chargeback shows what the price list did not recover.
 */
public sealed interface AllocationModel permits Chargeback, DriverOverhead, FixedShare, Hybrid {

    AllocationResult allocate(AllocationYear year);
}
