package se.styrbord.catalogue.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.styrbord.site.Area;
import se.styrbord.site.AreaLink;

/** The catalogue's pages in the area "Gränsdragning". */
@Configuration
class CatalogueLinks {

    @Bean
    AreaLink catalogueLink() {
        return new AreaLink(Area.GRANSDRAGNING, "catalogue", "catalogue.title", "catalogue.link", 10);
    }

    @Bean
    AreaLink ledgerUseLink() {
        return new AreaLink(Area.GRANSDRAGNING, "catalogue/ledger", "ledgeruse.title", "ledgeruse.link", 15);
    }

    @Bean
    AreaLink boundaryLink() {
        return new AreaLink(Area.GRANSDRAGNING, "catalogue/boundary", "boundary.title", "boundary.link", 20);
    }

    @Bean
    AreaLink signalsLink() {
        return new AreaLink(Area.GRANSDRAGNING, "catalogue/signals", "signals.title", "signals.link", 30);
    }
}
