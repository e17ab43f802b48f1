package se.styrbord.site;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerMapping;
import se.styrbord.organisation.MunicipalGroup;
import se.styrbord.organisation.Organisation;
import se.styrbord.shared.MunicipalityCode;

/** What every page's layout needs: the current group, the groups to choose from, the areas and the user. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class SiteModel {

    private final Organisation organisation;

    SiteModel(Organisation organisation) {
        this.organisation = organisation;
    }

    @ModelAttribute("areas")
    Area[] areas() {
        return Area.values();
    }

    @ModelAttribute("groups")
    List<MunicipalGroup> groups(@Nullable Authentication auth) {
        return auth == null ? List.of() : organisation.groups();
    }

    @ModelAttribute("group")
    @Nullable
    MunicipalGroup group(HttpServletRequest request) {
        Object vars = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (vars instanceof Map<?, ?> map && map.get("municipality") instanceof String code) {
            try {
                return organisation.findGroup(MunicipalityCode.of(code)).orElse(null);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }

    @ModelAttribute("canEdit")
    boolean canEdit(@Nullable Authentication auth) {
        return hasRole(auth, "ROLE_ANALYST") || hasRole(auth, "ROLE_ADMIN");
    }

    @ModelAttribute("isAdmin")
    boolean isAdmin(@Nullable Authentication auth) {
        return hasRole(auth, "ROLE_ADMIN");
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    private static boolean hasRole(@Nullable Authentication auth, String role) {
        return auth != null
                && auth.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(role::equals);
    }
}
