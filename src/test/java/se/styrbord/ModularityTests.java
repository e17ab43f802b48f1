package se.styrbord;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules are the direct sub-packages of se.styrbord and depend only on each other's API. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(StyrbordApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void moduleDocumentationIsWritten() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
