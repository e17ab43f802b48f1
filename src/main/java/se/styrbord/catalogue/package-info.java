/** The service catalogue over time: demand volatility per service, the reviews it calls for, and the catalogue's turnover. */
@NullMarked
package se.styrbord.catalogue;

import org.jspecify.annotations.NullMarked;
