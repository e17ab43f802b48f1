/** Allocation of the central IT pool to units by chargeback, driver overhead, fixed shares or a hybrid, reconciled to the öre. */
@NullMarked
package se.styrbord.allocation;

import org.jspecify.annotations.NullMarked;
