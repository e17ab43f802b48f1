/** The site around the capabilities: layout, navigation by the report's six areas, language, sign-in page and errors. */
@NullMarked
package se.styrbord.site;

import org.jspecify.annotations.NullMarked;
