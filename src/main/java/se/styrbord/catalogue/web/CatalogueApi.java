package se.styrbord.catalogue.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.styrbord.catalogue.BoundaryPoint;
import se.styrbord.catalogue.Catalogue;
import se.styrbord.catalogue.ItService;
import se.styrbord.catalogue.ServiceDemand;
import se.styrbord.catalogue.ServicePrice;
import se.styrbord.catalogue.StoredSignal;
import se.styrbord.organisation.Organisation;
import se.styrbord.shared.MunicipalityCode;

/** The service catalogue as JSON: services with prices and demand, review signals and the boundary view. */
@RestController
@RequestMapping("/api/{municipalityId}/catalogue")
@Tag(name = "Catalogue", description = "The IT service centre's services, their demand and volatility")
class CatalogueApi {

    record ServiceJson(
            String code,
            String name,
            String owner,
            String unitOfMeasure,
            LocalDate addedOn,
            @Nullable LocalDate retiredOn) {
        static ServiceJson of(ItService s) {
            return new ServiceJson(s.code(), s.name(), s.owner(), s.unitOfMeasure(), s.addedOn(), s.retiredOn());
        }
    }

    record PriceJson(int year, BigDecimal selfCost, BigDecimal markup, BigDecimal price, boolean derived) {
        static PriceJson of(ServicePrice p) {
            return new PriceJson(
                    p.year(), p.selfCost().amount(), p.markup(), p.price().amount(), p.isDerived());
        }
    }

    record MonthJson(String month, long quantity) {}

    /** A 12-month reading; volatility and class are null when the window is not classifiable. */
    record ReadingJson(
            String windowEnd,
            @Nullable BigDecimal volatility,
            @Nullable String demandClass) {}

    record ServiceDetailJson(
            ServiceJson service, List<PriceJson> prices, List<MonthJson> demand, List<ReadingJson> readings) {}

    record SignalJson(
            String serviceCode,
            String windowEnd,
            String from,
            String to,
            BigDecimal volatility,
            OffsetDateTime raisedAt,
            @Nullable OffsetDateTime acknowledgedAt,
            @Nullable String acknowledgedBy) {
        static SignalJson of(StoredSignal s) {
            return new SignalJson(
                    s.serviceCode(),
                    s.windowEnd().toString(),
                    s.from().name(),
                    s.to().name(),
                    s.volatility(),
                    s.raisedAt(),
                    s.acknowledgedAt(),
                    s.acknowledgedBy());
        }
    }

    record BoundaryJson(
            String serviceCode,
            long quantity,
            BigDecimal value,
            @Nullable BigDecimal volatility,
            @Nullable String demandClass) {
        static BoundaryJson of(BoundaryPoint p) {
            return new BoundaryJson(
                    p.service().code(),
                    p.yearQuantity(),
                    p.value().amount(),
                    p.volatility().map(v -> v.rounded()).orElse(null),
                    p.demandClass().map(Enum::name).orElse(null));
        }
    }

    private final Catalogue catalogue;
    private final Organisation organisation;

    CatalogueApi(Catalogue catalogue, Organisation organisation) {
        this.catalogue = catalogue;
        this.organisation = organisation;
    }

    @GetMapping("/services")
    @Operation(summary = "The services of the catalogue")
    List<ServiceJson> services(@PathVariable String municipalityId) {
        MunicipalityCode code = group(municipalityId);
        return catalogue.services(code).stream().map(ServiceJson::of).toList();
    }

    @GetMapping("/services/{serviceCode}")
    @Operation(summary = "A service with its price history, monthly demand and rolling volatility readings")
    ServiceDetailJson service(@PathVariable String municipalityId, @PathVariable String serviceCode) {
        MunicipalityCode code = group(municipalityId);
        ServiceDemand demand = catalogue.demandOf(code, serviceCode);
        List<MonthJson> months = new ArrayList<>();
        demand.series().ifPresent(s -> {
            for (int i = 0; i < s.months().size(); i++) {
                months.add(new MonthJson(
                        s.monthAt(i).toString(), Math.round(s.months().get(i))));
            }
        });
        return new ServiceDetailJson(
                ServiceJson.of(demand.service()),
                catalogue.pricesOf(code, serviceCode).stream()
                        .map(PriceJson::of)
                        .toList(),
                months,
                demand.readings().stream()
                        .map(r -> new ReadingJson(
                                r.windowEnd().toString(),
                                r.volatility().map(v -> v.rounded()).orElse(null),
                                r.demandClass().map(Enum::name).orElse(null)))
                        .toList());
    }

    @GetMapping("/signals")
    @Operation(summary = "Review signals, open and acknowledged, newest first")
    List<SignalJson> signals(@PathVariable String municipalityId) {
        return catalogue.signals(group(municipalityId)).stream()
                .map(SignalJson::of)
                .toList();
    }

    @PostMapping("/signals/{serviceCode}/{windowEnd}/acknowledgement")
    @Operation(summary = "Acknowledge an open review signal")
    ResponseEntity<Void> acknowledge(
            @PathVariable String municipalityId, @PathVariable String serviceCode, @PathVariable String windowEnd) {
        catalogue.acknowledge(group(municipalityId), serviceCode, windowEnd);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/boundary/{year}")
    @Operation(summary = "The services of a year by the value of their use and their volatility")
    List<BoundaryJson> boundary(@PathVariable String municipalityId, @PathVariable int year) {
        return catalogue.boundary(group(municipalityId), year).stream()
                .map(BoundaryJson::of)
                .toList();
    }

    private MunicipalityCode group(String municipalityId) {
        MunicipalityCode code = MunicipalityCode.of(municipalityId);
        organisation.getGroup(code);
        return code;
    }
}
