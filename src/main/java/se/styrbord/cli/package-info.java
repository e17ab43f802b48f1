/** The command line: {@code ./styrbord serve|demo|check|import|report}, each starting only what it needs. */
@NullMarked
package se.styrbord.cli;

import org.jspecify.annotations.NullMarked;
