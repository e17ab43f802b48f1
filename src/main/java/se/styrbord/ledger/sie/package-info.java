/** Streaming reader and checker of SIE 4 files (SIE 1–4, 4E and 4I), free of Spring. */
@org.springframework.modulith.NamedInterface("sie")
@NullMarked
package se.styrbord.ledger.sie;

import org.jspecify.annotations.NullMarked;
