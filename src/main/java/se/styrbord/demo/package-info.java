/** The demo group "Exempelstad kommunkoncern" (9999), calibrated to the report's figures. */
@NullMarked
package se.styrbord.demo;

import org.jspecify.annotations.NullMarked;
