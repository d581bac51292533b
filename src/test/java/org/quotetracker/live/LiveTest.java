package org.quotetracker.live;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.quotetracker.support.WriteApiTest;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The real application on a random port, writable with {@link WriteApiTest#KEY}, over an in-memory database of its
 * own ({@link #DATABASE}; a PostgreSQL schema of its own with -Ppostgres), with small live buffers so that a slow
 * subscriber is quick to make. Every class with this annotation shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=" + LiveTest.DATABASE,
        "quotes.seed.enabled=false",
        "quotes.api-keys=" + WriteApiTest.KEY,
        "quotes.live.buffer=" + LiveTest.BUFFER})
@AutoConfigureHttpGraphQlTester
@interface LiveTest {

    String DATABASE = "jdbc:h2:mem:live-test;DB_CLOSE_DELAY=-1";
    int BUFFER = 4;
}
