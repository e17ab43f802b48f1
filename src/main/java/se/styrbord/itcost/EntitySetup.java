package se.styrbord.itcost;

import org.jspecify.annotations.Nullable;
import se.styrbord.organisation.EntityKind;

/**
 * How an entity's ledger is read: its chart of accounts, the dimension whose objects are units
 * (default 1, the responsibility dimension), and the unit of rows whose object is not mapped (a
 * company's one unit). {@code stored} is false while the defaults have not been saved.
 */
public record EntitySetup(
        String orgNumber,
        String name,
        EntityKind kind,
        Chart chart,
        String unitDimension,
        @Nullable String defaultUnit,
        boolean stored) {}
