package org.quotetracker.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The real application on a random port over an in-memory H2 database holding the gold standard's articles (see
 * {@link GoldArticles}) instead of the extractor's output, so that API tests do not move with the extractor. Every
 * class with this annotation shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:api-test;DB_CLOSE_DELAY=-1",
        "quotes.seed.enabled=false"})
@AutoConfigureHttpGraphQlTester
@Import({GoldArticles.class, SchemaReportCapture.class, SqlStatementCounter.class, Http.class})
public @interface ApiTest {
}
