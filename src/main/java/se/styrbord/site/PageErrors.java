package se.styrbord.site;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import se.styrbord.shared.NotFound;

/** A page for something that does not exist, in the site's layout and language. */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

    @ExceptionHandler({NotFound.class, IllegalArgumentException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }
}
