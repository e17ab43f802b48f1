package se.styrbord.security;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Sign-in through OpenID Connect, on when {@code styrbord.oidc.issuer-uri} is set. The groups claim
 * of the ID token (or user info) is mapped to the roles; a user in none of the configured groups
 * gets no role and is refused everything but the login page.
 */
@Configuration
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
@ConditionalOnExpression("'${styrbord.oidc.issuer-uri:}' != ''")
@EnableConfigurationProperties(OidcConfiguration.OidcProperties.class)
class OidcConfiguration {

    static final String REGISTRATION_ID = "oidc";

    @ConfigurationProperties("styrbord.oidc")
    record OidcProperties(
            String issuerUri,
            String clientId,
            String clientSecret,
            String groupsClaim,
            List<String> adminGroups,
            List<String> analystGroups,
            List<String> viewerGroups) {

        Set<GrantedAuthority> rolesOf(Collection<String> groups) {
            Set<GrantedAuthority> roles = new HashSet<>();
            if (groups.stream().anyMatch(adminGroups::contains)) {
                roles.add(new SimpleGrantedAuthority(Role.ADMIN.authority()));
            }
            if (groups.stream().anyMatch(analystGroups::contains)) {
                roles.add(new SimpleGrantedAuthority(Role.ANALYST.authority()));
            }
            if (groups.stream().anyMatch(viewerGroups::contains)) {
                roles.add(new SimpleGrantedAuthority(Role.VIEWER.authority()));
            }
            return roles;
        }
    }

    @Bean
    ClientRegistrationRepository clientRegistrationRepository(OidcProperties properties) {
        ClientRegistration registration = ClientRegistrations.fromIssuerLocation(properties.issuerUri())
                .registrationId(REGISTRATION_ID)
                .clientName("OpenID Connect")
                .clientId(properties.clientId())
                .clientSecret(properties.clientSecret())
                .scope("openid", "profile")
                .userNameAttributeName("sub")
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }

    @Bean
    OAuth2UserService<OidcUserRequest, OidcUser> oidcUserService(OidcProperties properties) {
        OidcUserService delegate = new OidcUserService();
        return request -> {
            OidcUser user = delegate.loadUser(request);
            List<String> groups = user.getClaimAsStringList(properties.groupsClaim());
            Set<GrantedAuthority> roles = properties.rolesOf(groups == null ? List.of() : groups);
            String nameAttribute = user.getClaims().containsKey("preferred_username") ? "preferred_username" : "sub";
            return new DefaultOidcUser(roles, user.getIdToken(), user.getUserInfo(), nameAttribute);
        };
    }
}
