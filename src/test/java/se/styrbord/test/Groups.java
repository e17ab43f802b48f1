package se.styrbord.test;

import java.time.LocalDate;
import se.styrbord.organisation.EntityKind;
import se.styrbord.organisation.LegalEntity;
import se.styrbord.organisation.Organisation;
import se.styrbord.organisation.UnitDraft;
import se.styrbord.organisation.UnitType;
import se.styrbord.shared.MunicipalityCode;
import se.styrbord.shared.OrgNumber;

/** Small municipal groups for tests, each created once: a municipality with the units named. */
public final class Groups {

    public static final String ORG = "212000-9994";

    private Groups() {}

    /** Creates the group with an IT service centre "SCIT" and the given departments, valid from 2019, unless it exists. */
    public static boolean create(Organisation organisation, MunicipalityCode code, String... departments) {
        if (organisation.findGroup(code).isPresent()) {
            return false;
        }
        organisation.createGroup(code, "Testkoncern " + code);
        organisation.addEntity(code, new LegalEntity(OrgNumber.parse(ORG), "Testkommun", EntityKind.MUNICIPALITY));
        organisation.createUnit(
                code,
                new UnitDraft(
                        "SCIT",
                        "Servicecenter IT",
                        UnitType.IT_SERVICE_CENTRE,
                        ORG,
                        null,
                        LocalDate.of(2019, 1, 1),
                        null));
        for (String unit : departments) {
            organisation.createUnit(
                    code,
                    new UnitDraft(
                            unit,
                            "Förvaltning " + unit,
                            UnitType.DEPARTMENT,
                            ORG,
                            null,
                            LocalDate.of(2019, 1, 1),
                            null));
        }
        return true;
    }
}
