/** Total IT cost: ledger rows classified into the report's four categories, key figures per unit and year, and the yearly report. */
@NullMarked
package se.styrbord.itcost;

import org.jspecify.annotations.NullMarked;
