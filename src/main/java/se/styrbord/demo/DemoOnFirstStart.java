package se.styrbord.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.styrbord.organisation.Organisation;

/** Loads the demo group on the first start, when the database holds no group at all. */
@Component
@Order(10)
@ConditionalOnProperty(name = "styrbord.demo.load-on-first-start", havingValue = "true")
class DemoOnFirstStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoOnFirstStart.class);

    private final DemoGroup demo;
    private final Organisation organisation;

    DemoOnFirstStart(DemoGroup demo, Organisation organisation) {
        this.demo = demo;
        this.organisation = organisation;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (organisation.groups().isEmpty()) {
            log.info(demo.loadIfAbsent().describe());
        }
    }
}
