package org.quotetracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quotetracker.support.ApiTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** The web app's shareable URLs load its page from the service itself; GraphiQL keeps its own address. */
@ApiTest
class WebAppRoutesTest {

    @LocalServerPort
    int port;

    RestClient http;

    @BeforeEach
    void connect() {
        http = RestClient.create("http://localhost:" + port);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/?q=Peskov", "/people/1", "/contrast?speakers=Stoltenberg,Rutte&granularity=YEAR", "/articles/1"})
    void everyShareableUrlServesTheWebApp(String path) {
        ResponseEntity<String> page = http.get().uri(path).retrieve().toEntity(String.class);

        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getBody()).contains("<script type=\"module\" src=\"/js/app.js\"></script>");
    }

    @Test
    void theChartLibraryIsServedFromItsWebJar() {
        assertThat(http.get().uri("/webjars/chart.js/4.5.1/dist/chart.umd.min.js").retrieve().toEntity(String.class)
                .getBody()).contains("Chart.js v4.5.1");
    }

    @Test
    void graphiqlStaysAtItsAddress() {
        assertThat(http.get().uri("/graphiql?path=/graphql").retrieve().toEntity(String.class).getBody())
                .contains("GraphiQL").doesNotContain("/js/app.js");
    }
}
