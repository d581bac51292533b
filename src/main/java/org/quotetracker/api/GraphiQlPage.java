package org.quotetracker.api;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * GraphiQL at {@code /graphiql}: {@code static/graphiql/index.html}, which loads GraphiQL and React from their WebJars
 * in this jar. Spring's own GraphiQL page (switched off in application.yml) loads them from a public CDN, a blank page
 * on a closed newsroom network.
 */
@Controller
class GraphiQlPage {

    @GetMapping("/graphiql")
    String page() {
        return "forward:/graphiql/index.html";
    }
}
