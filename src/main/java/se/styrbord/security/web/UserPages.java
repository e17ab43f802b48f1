package se.styrbord.security.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.styrbord.security.LocalUsers;
import se.styrbord.security.Role;

/** Administration of local users: create, change role, set password, disable. */
@Controller
@RequestMapping("/admin/users")
class UserPages {

    private final LocalUsers users;
    private final MessageSource messages;

    UserPages(LocalUsers users, MessageSource messages) {
        this.users = users;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("users", users.all());
        model.addAttribute("roles", Role.values());
        return "admin/users";
    }

    @PostMapping
    String create(
            @RequestParam String username,
            @RequestParam(defaultValue = "") String displayName,
            @RequestParam String password,
            @RequestParam Role role,
            Locale locale,
            RedirectAttributes redirect) {
        return act(
                () -> users.create(username.strip(), displayName.strip(), password, role), username, locale, redirect);
    }

    @PostMapping("/{username}/role")
    String role(@PathVariable String username, @RequestParam Role role, Locale locale, RedirectAttributes redirect) {
        return act(() -> users.changeRole(username, role), username, locale, redirect);
    }

    @PostMapping("/{username}/password")
    String password(
            @PathVariable String username, @RequestParam String password, Locale locale, RedirectAttributes redirect) {
        return act(() -> users.setPassword(username, password), username, locale, redirect);
    }

    @PostMapping("/{username}/enabled")
    String enabled(
            @PathVariable String username, @RequestParam boolean enabled, Locale locale, RedirectAttributes redirect) {
        return act(() -> users.setEnabled(username, enabled), username, locale, redirect);
    }

    private String act(Runnable action, String username, Locale locale, RedirectAttributes redirect) {
        try {
            action.run();
            redirect.addFlashAttribute("saved", username);
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute(
                    "userError", messages.getMessage(e.getMessage(), new Object[] {username}, e.getMessage(), locale));
        }
        return "redirect:/admin/users";
    }
}
