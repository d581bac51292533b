package org.quotetracker.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The web app's shareable URLs all load the one page; its script reads the URL and shows the view. The page itself is
 * {@code static/index.html}, which Spring serves at {@code /}.
 */
@Controller
class WebAppRoutes {

    @GetMapping({"/people/{id}", "/contrast", "/articles/{id}"})
    String page() {
        return "forward:/index.html";
    }
}
