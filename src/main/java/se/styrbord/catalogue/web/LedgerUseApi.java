package se.styrbord.catalogue.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.styrbord.catalogue.Catalogue;
import se.styrbord.catalogue.LedgerConsumption;
import se.styrbord.catalogue.LedgerSource;
import se.styrbord.catalogue.LedgerUsePreview;
import se.styrbord.shared.MunicipalityCode;

/** Consumption from the internal invoicing in the ledgers as JSON: the sources, a year's preview, and saving it. */
@RestController
@RequestMapping("/api/{municipalityId}/catalogue")
@Tag(name = "Catalogue", description = "The IT service centre's services, their demand and volatility")
class LedgerUseApi {

    /** A service's source: {@code accounts} an account or a range of prefixes ("6430", "6430-6439"), {@code object} "dim=object" or null. */
    record SourceJson(
            String serviceCode, String accounts, @Nullable String object) {
        static SourceJson of(LedgerSource s) {
            return new SourceJson(s.serviceCode(), s.accounts().toString(), s.object());
        }
    }

    record ImportJson(long id, String orgNumber, String fileName) {}

    /** Voucher rows of one import, account, object list and month: the ledger's rows endpoint selects them. */
    record RowsJson(
            long importId,
            String orgNumber,
            String account,
            String objects,
            @Nullable String month,
            long rows,
            BigDecimal amount) {
        static RowsJson of(LedgerUsePreview.RowGroup g) {
            return new RowsJson(
                    g.importId(),
                    g.orgNumber(),
                    g.account(),
                    g.objects(),
                    g.month() == null ? null : g.month().toString(),
                    g.rows(),
                    g.amount().amount());
        }
    }

    /** A unit's use of a service in a month; {@code basis} QUANTITY (the rows' SIE quantities) or AMOUNT (amount × 12 / price). */
    record FigureJson(
            String serviceCode,
            String unitCode,
            String month,
            long rows,
            BigDecimal amount,
            String basis,
            BigDecimal exactQuantity,
            long quantity,
            BigDecimal roundingDifference,
            @Nullable Long savedQuantity,
            List<RowsJson> voucherRows) {}

    record ProblemJson(
            String kind, List<String> services, @Nullable String unitCode, RowsJson voucherRows) {}

    record ServiceJson(
            String serviceCode,
            String name,
            SourceJson source,
            @Nullable BigDecimal price,
            int figures,
            long rows,
            BigDecimal amount,
            BigDecimal exactQuantity,
            long quantity,
            BigDecimal roundingDifference,
            @Nullable Long savedQuantity,
            int removedFigures,
            int problems) {}

    /** {@code fingerprint} is to be sent back with the save, so that what is saved is what was previewed. */
    record PreviewJson(
            int year,
            String fingerprint,
            List<ImportJson> imports,
            List<ServiceJson> services,
            List<FigureJson> figures,
            List<ProblemJson> problems) {}

    /**
     * {@code acceptProblems}: save although some rows cannot become use (they are left out); absent is
     * false. {@code fingerprint}: the preview's, to refuse the save when the preview has changed since.
     */
    record SaveJson(
            @Nullable Boolean acceptProblems, @Nullable String fingerprint) {}

    record ServiceSavedJson(
            String serviceCode, int figuresBefore, long quantityBefore, int figuresAfter, long quantityAfter) {}

    record SavedJson(int year, List<ServiceSavedJson> services, int newSignals) {}

    private final LedgerConsumption consumption;

    LedgerUseApi(LedgerConsumption consumption) {
        this.consumption = consumption;
    }

    @GetMapping("/ledger-sources")
    @Operation(summary = "Each service's source in the ledgers: account range and object of the internal purchases")
    List<SourceJson> sources(@PathVariable String municipalityId) {
        return consumption.sources(MunicipalityCode.of(municipalityId)).stream()
                .map(SourceJson::of)
                .toList();
    }

    @PutMapping("/ledger-sources")
    @Operation(summary = "Replace every service's source, all or nothing; a service not listed has none")
    List<SourceJson> saveSources(@PathVariable String municipalityId, @RequestBody List<SourceJson> sources) {
        return consumption
                .saveSources(
                        MunicipalityCode.of(municipalityId),
                        sources.stream()
                                .map(s -> new LedgerConsumption.SourceDraft(
                                        s.serviceCode(), s.accounts(), s.object() == null ? "" : s.object()))
                                .toList())
                .stream()
                .map(SourceJson::of)
                .toList();
    }

    @GetMapping("/ledger-use/{year}")
    @Operation(summary = "Preview a year's use per service, unit and month from the internal invoicing in the ledgers")
    PreviewJson preview(@PathVariable String municipalityId, @PathVariable int year) {
        LedgerUsePreview p = consumption.preview(MunicipalityCode.of(municipalityId), year);
        List<FigureJson> figures = new ArrayList<>();
        for (LedgerUsePreview.UseFigure f : p.figures()) {
            figures.add(new FigureJson(
                    f.serviceCode(),
                    f.unitCode(),
                    f.month().toString(),
                    f.rows(),
                    f.amount().amount(),
                    f.basis().name(),
                    f.exact(),
                    f.quantity(),
                    f.roundingDifference(),
                    f.saved(),
                    f.groups().stream().map(RowsJson::of).toList()));
        }
        return new PreviewJson(
                p.year(),
                p.fingerprint(),
                p.imports().stream()
                        .map(i -> new ImportJson(i.id(), i.orgNumber(), i.fileName()))
                        .toList(),
                p.services().stream()
                        .map(s -> new ServiceJson(
                                s.source().serviceCode(),
                                s.name(),
                                SourceJson.of(s.source()),
                                s.price() == null ? null : s.price().amount(),
                                s.figures(),
                                s.rows(),
                                s.amount().amount(),
                                s.exact(),
                                s.quantity(),
                                s.roundingDifference(),
                                s.saved(),
                                s.removed(),
                                s.problems()))
                        .toList(),
                figures,
                p.problems().stream()
                        .map(x -> new ProblemJson(x.kind().name(), x.services(), x.unitCode(), RowsJson.of(x.group())))
                        .toList());
    }

    @PostMapping("/ledger-use/{year}")
    @Operation(
            summary = "Save a year's use from the ledgers in place of the year's use of the services with a source,"
                    + " all or nothing")
    SavedJson save(
            @PathVariable String municipalityId,
            @PathVariable int year,
            @RequestBody(required = false) @Nullable SaveJson body) {
        Catalogue.UseReplaced saved = consumption.save(
                MunicipalityCode.of(municipalityId),
                year,
                body == null ? null : body.fingerprint(),
                body != null && Boolean.TRUE.equals(body.acceptProblems()));
        return new SavedJson(
                year,
                saved.after().entrySet().stream()
                        .map(e -> {
                            Catalogue.UseTotal before = saved.before().get(e.getKey());
                            return new ServiceSavedJson(
                                    e.getKey(),
                                    before.figures(),
                                    before.quantity(),
                                    e.getValue().figures(),
                                    e.getValue().quantity());
                        })
                        .toList(),
                saved.newSignals());
    }
}
