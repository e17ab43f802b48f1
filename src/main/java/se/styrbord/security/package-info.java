/** Who may do what: local users, OpenID Connect sign-in, the three roles and the HTTP security rules. */
@NullMarked
package se.styrbord.security;

import org.jspecify.annotations.NullMarked;
