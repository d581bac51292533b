package org.quotetracker.ingest;

import org.quotetracker.extraction.QuoteExtractor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SeedProperties.class)
class IngestConfiguration {

    /** The extractor is plain Java and thread-safe: one instance serves every ingestion. */
    @Bean
    QuoteExtractor quoteExtractor() {
        return new QuoteExtractor();
    }
}
