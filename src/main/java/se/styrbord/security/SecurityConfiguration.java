package se.styrbord.security;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.HEAD;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Every page and API call needs a signed-in user, except the login page, static assets and the
 * health probe. Reading needs VIEWER, changing data ANALYST, administration ADMIN.
 */
@Configuration
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
                    + " img-src 'self' data:; font-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'";

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(Role.ADMIN.name())
                .implies(Role.ANALYST.name())
                .role(Role.ANALYST.name())
                .implies(Role.VIEWER.name())
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The HTTP rules, only where there is a web server. */
    @Configuration
    @ConditionalOnWebApplication
    static class Http {

        /** The JSON API: HTTP Basic for local users, stateless, so there is no session to forge requests with. */
        @Bean
        @Order(1)
        SecurityFilterChain api(HttpSecurity http) throws Exception {
            return http.securityMatcher("/api/**")
                    .authorizeHttpRequests(auth -> auth.requestMatchers(GET, "/api/**")
                            .hasRole(Role.VIEWER.name())
                            .requestMatchers(HEAD, "/api/**")
                            .hasRole(Role.VIEWER.name())
                            .anyRequest()
                            .hasRole(Role.ANALYST.name()))
                    .httpBasic(Customizer.withDefaults())
                    .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .csrf(AbstractHttpConfigurer::disable)
                    .build();
        }

        /** Pages: form login (and OpenID Connect when configured), CSRF tokens on every form. */
        @Bean
        @Order(2)
        SecurityFilterChain pages(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> oidc)
                throws Exception {
            http.authorizeHttpRequests(auth -> auth.requestMatchers(
                                    "/login",
                                    "/css/**",
                                    "/js/**",
                                    "/img/**",
                                    "/webjars/**",
                                    "/favicon.ico",
                                    "/error",
                                    "/actuator/health",
                                    "/actuator/health/**")
                            .permitAll()
                            .requestMatchers("/admin/**")
                            .hasRole(Role.ADMIN.name())
                            .requestMatchers(GET, "/**")
                            .hasRole(Role.VIEWER.name())
                            .requestMatchers(HEAD, "/**")
                            .hasRole(Role.VIEWER.name())
                            .requestMatchers("/logout")
                            .authenticated()
                            .anyRequest()
                            .hasRole(Role.ANALYST.name()))
                    .formLogin(form -> form.loginPage("/login").permitAll())
                    .httpBasic(Customizer.withDefaults())
                    .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                    .headers(headers -> headers.contentSecurityPolicy(
                                    csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                            .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)));
            if (oidc.getIfAvailable() != null) {
                http.oauth2Login(login -> login.loginPage("/login"));
            }
            return http.build();
        }
    }
}
