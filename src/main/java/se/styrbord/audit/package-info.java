/** The audit trail: every change to data with who, when, what, before and after. */
@NullMarked
package se.styrbord.audit;

import org.jspecify.annotations.NullMarked;
