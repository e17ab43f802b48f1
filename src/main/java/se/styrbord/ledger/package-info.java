/** Ledgers of the group's entities: SIE files read, checked and imported. */
@NullMarked
package se.styrbord.ledger;

import org.jspecify.annotations.NullMarked;
