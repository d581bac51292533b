package org.quotetracker.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * The real application on a random port, its in-memory database filled by the seed loader at start-up as on a fresh
 * install, with a headless Chromium to drive it. Every class with this annotation shares the application and browser.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:browser-test;DB_CLOSE_DELAY=-1",
        "quotes.seed.enabled=true"})
@Import(BrowserTest.Chromium.class)
public @interface BrowserTest {

    @TestConfiguration(proxyBeanMethods = false)
    class Chromium {

        @Bean(destroyMethod = "close")
        Browser browser(Environment environment) throws Exception {
            return Browser.start(() -> environment.getRequiredProperty("local.server.port", Integer.class));
        }
    }
}
