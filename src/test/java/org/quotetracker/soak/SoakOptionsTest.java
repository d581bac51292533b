package org.quotetracker.soak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;

class SoakOptionsTest {

    @Test
    void durationsAreGivenInSecondsMinutesOrHours() {
        assertThat(SoakOptions.parseDuration("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(SoakOptions.parseDuration("5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(SoakOptions.parseDuration("1h")).isEqualTo(Duration.ofHours(1));
        assertThat(SoakOptions.parseDuration("30")).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aDurationThatIsNotOneIsRefusedPlainly() {
        assertThatThrownBy(() -> SoakOptions.parseDuration("an hour")).hasMessageContaining("like 90s, 5m or 1h");
    }

    @Test
    void onlyTheLoopbackInterfaceIsSoaked() {
        assertThatThrownBy(() -> options("http://192.0.2.1:8080", 30)).hasMessageContaining("only talks to 127.0.0.1");
        assertThat(options("http://127.0.0.1:8080", 30).server().getPort()).isEqualTo(8080);
    }

    @Test
    void theRateIsBoundedSoThatASoakCannotSaturateTheMachine() {
        assertThatThrownBy(() -> options("http://127.0.0.1:8080", 5000)).hasMessageContaining("between 1 and 200");
    }

    private static SoakOptions options(String url, int rate) {
        return new SoakOptions(URI.create(url), "key", Duration.ofMinutes(1), rate, 8, 1);
    }
}
