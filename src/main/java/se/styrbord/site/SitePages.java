package se.styrbord.site;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.styrbord.organisation.MunicipalGroup;
import se.styrbord.organisation.Organisation;
import se.styrbord.shared.MunicipalityCode;
import se.styrbord.shared.NotFound;

/** The start page, a group's overview, the six area pages and the sign-in page. */
@Controller
class SitePages {

    private final Organisation organisation;
    private final List<AreaLink> links;

    SitePages(Organisation organisation, List<AreaLink> links) {
        this.organisation = organisation;
        this.links = links;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String start(Model model) {
        List<MunicipalGroup> groups = organisation.groups();
        if (groups.size() == 1) {
            return "redirect:/" + groups.getFirst().code();
        }
        return "start";
    }

    @GetMapping("/{municipality:\\d{4}}")
    String overview(@PathVariable String municipality, Model model) {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        model.addAttribute("group", organisation.getGroup(code));
        model.addAttribute("entities", organisation.entities(code));
        model.addAttribute("unitCount", organisation.units(code).size());
        model.addAttribute("factYears", organisation.factYears(code));
        return "overview";
    }

    @GetMapping("/{municipality:\\d{4}}/area/{slug}")
    String area(@PathVariable String municipality, @PathVariable String slug, Model model) {
        organisation.getGroup(MunicipalityCode.of(municipality));
        Area area = Area.ofSlug(slug).orElseThrow(() -> new NotFound("area", slug));
        model.addAttribute("area", area);
        model.addAttribute(
                "links",
                links.stream()
                        .filter(l -> l.area() == area)
                        .sorted(java.util.Comparator.comparingInt(AreaLink::order))
                        .toList());
        return "area";
    }
}
