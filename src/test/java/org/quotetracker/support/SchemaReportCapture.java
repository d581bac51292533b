package org.quotetracker.support;

import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.execution.SchemaReport;

/** Keeps the schema mapping inspection's report so that a test can assert on it instead of reading the log. */
@TestConfiguration(proxyBeanMethods = false)
public class SchemaReportCapture {

    private final AtomicReference<SchemaReport> report = new AtomicReference<>();

    @Bean
    GraphQlSourceBuilderCustomizer captureSchemaReport() {
        return builder -> builder.inspectSchemaMappings(report::set);
    }

    public SchemaReport report() {
        return report.get();
    }
}
