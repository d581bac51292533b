package org.quotetracker.articles;

import org.junit.jupiter.api.Test;
import org.quotetracker.support.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** {@code outlets}: the choices of the web app's outlet filter. */
@ApiTest
class OutletsQueryTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void outletsAreListedOnceEachAlphabetically() {
        graphQl.document("{ outlets }").execute()
                .path("outlets").entityList(String.class)
                .containsExactly("Global News", "Military Space News", "Space Travel News", "Today");
    }
}
