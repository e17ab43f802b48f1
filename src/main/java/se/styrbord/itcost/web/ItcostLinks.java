package se.styrbord.itcost.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.styrbord.site.Area;
import se.styrbord.site.AreaLink;

/** The module's pages in the area Spårbarhet (traceability, report 4.1 and rec. 5a–5c). */
@Configuration(proxyBeanMethods = false)
class ItcostLinks {

    @Bean
    AreaLink itcostOverviewLink() {
        return new AreaLink(Area.SPARBARHET, "itcost", "itcost.title", "itcost.link.overview", 10);
    }

    @Bean
    AreaLink itcostRulesLink() {
        return new AreaLink(Area.SPARBARHET, "itcost/rules", "itcost.rules.title", "itcost.link.rules", 20);
    }

    @Bean
    AreaLink itcostMappingLink() {
        return new AreaLink(Area.SPARBARHET, "itcost/mapping", "itcost.mapping.title", "itcost.link.mapping", 30);
    }

    @Bean
    AreaLink itcostStaffLink() {
        return new AreaLink(Area.SPARBARHET, "itcost/staff", "itcost.staff.title", "itcost.link.staff", 40);
    }

    @Bean
    AreaLink itcostShadowLink() {
        return new AreaLink(Area.SPARBARHET, "itcost/shadow", "itcost.shadow.title", "itcost.link.shadow", 50);
    }

    @Bean
    AreaLink itcostInternalLink() {
        return new AreaLink(Area.SPARBARHET, "itcost/internal", "itcost.internal.title", "itcost.link.internal", 60);
    }
}
