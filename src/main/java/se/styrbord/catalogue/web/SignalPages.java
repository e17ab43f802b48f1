package se.styrbord.catalogue.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.styrbord.catalogue.Catalogue;
import se.styrbord.catalogue.StoredSignal;
import se.styrbord.organisation.Organisation;
import se.styrbord.shared.MunicipalityCode;

/** The "review governance" signals: the open ones to act on, acknowledged ones kept below. */
@Controller
@RequestMapping("/{municipality:\\d{4}}/catalogue/signals")
class SignalPages {

    private final Catalogue catalogue;
    private final Organisation organisation;

    SignalPages(Catalogue catalogue, Organisation organisation) {
        this.catalogue = catalogue;
        this.organisation = organisation;
    }

    @GetMapping
    String signals(@PathVariable String municipality, Model model) {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        organisation.getGroup(code);
        List<StoredSignal> all = catalogue.signals(code);
        model.addAttribute("open", all.stream().filter(StoredSignal::isOpen).toList());
        model.addAttribute("acknowledged", all.stream().filter(s -> !s.isOpen()).toList());
        return "catalogue/signals";
    }

    @PostMapping("/{serviceCode}/{windowEnd}/acknowledge")
    String acknowledge(
            @PathVariable String municipality,
            @PathVariable String serviceCode,
            @PathVariable String windowEnd,
            RedirectAttributes redirect) {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        catalogue.acknowledge(code, serviceCode, windowEnd);
        redirect.addFlashAttribute("acknowledgedService", serviceCode);
        return "redirect:/" + code + "/catalogue/signals";
    }
}
