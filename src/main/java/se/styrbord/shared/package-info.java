/** Value types shared by every module: money, years, shares and the identifiers of a municipal group. */
@NullMarked
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package se.styrbord.shared;

import org.jspecify.annotations.NullMarked;
