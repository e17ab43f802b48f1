/** The register of the municipal group: its legal entities, its units over time and their yearly facts. */
@NullMarked
package se.styrbord.organisation;

import org.jspecify.annotations.NullMarked;
