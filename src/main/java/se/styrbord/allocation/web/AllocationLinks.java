package se.styrbord.allocation.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.styrbord.site.Area;
import se.styrbord.site.AreaLink;

/** The allocation pages in the area "Gränsdragning". */
@Configuration
class AllocationLinks {

    @Bean
    AreaLink comparisonLink() {
        return new AreaLink(Area.GRANSDRAGNING, "allocation", "allocation.title", "allocation.link", 40);
    }

    @Bean
    AreaLink sharesLink() {
        return new AreaLink(Area.GRANSDRAGNING, "allocation/shares", "shares.title", "shares.link", 45);
    }

    @Bean
    AreaLink lifetimesLink() {
        return new AreaLink(Area.GRANSDRAGNING, "allocation/lifetimes", "lifetimes.title", "lifetimes.link", 60);
    }

    @Bean
    AreaLink runsLink() {
        return new AreaLink(Area.GRANSDRAGNING, "allocation/runs", "runs.title", "runs.link", 50);
    }
}
