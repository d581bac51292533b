package org.quotetracker.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The real application on a random port with writes enabled for the keys {@link #KEY} and {@link #OTHER_KEY}, over
 * an in-memory database of its own, so that what these tests write never shows in the read tests' figures. Every
 * class with this annotation shares one application context and database: each test writes articles of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:write-test;DB_CLOSE_DELAY=-1",
        "quotes.seed.enabled=false",
        "quotes.api-keys=" + WriteApiTest.KEY + " , " + WriteApiTest.OTHER_KEY})
@AutoConfigureHttpGraphQlTester
@Import(Http.class)
public @interface WriteApiTest {

    String KEY = "test-key-0123456789";
    String OTHER_KEY = "second-key-abcdef";
}
