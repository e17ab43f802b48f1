package se.styrbord.site;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import se.styrbord.shared.InvalidInput;
import se.styrbord.shared.NotFound;

/**
 * Errors of the JSON API as RFC 9457 Problem Details; invalid input lists every violation with its
 * field, row and message in the caller's language.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblems {

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalid(InvalidInput e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        problem.setType(URI.create("urn:styrbord:problem:invalid-input"));
        problem.setTitle(messages.getMessage("problem.invalid", null, locale));
        List<Map<String, Object>> violations = e.violations().stream()
                .map(v -> {
                    Map<String, Object> m = new java.util.LinkedHashMap<>();
                    m.put("field", v.field());
                    if (v.row() != null) {
                        m.put("row", v.row());
                    }
                    m.put("code", v.code());
                    m.put("message", messages.getMessage(v.code(), v.args().toArray(), v.code(), locale));
                    return m;
                })
                .toList();
        problem.setDetail(violations.stream()
                .map(v -> (String) v.get("message"))
                .reduce((a, b) -> a + " " + b)
                .orElse(""));
        problem.setProperty("violations", violations);
        return problem;
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Bad request");
        return problem;
    }
}
