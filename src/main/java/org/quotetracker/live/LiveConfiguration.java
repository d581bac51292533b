package org.quotetracker.live;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How new quotes reach {@link LiveQuotes}: on PostgreSQL by NOTIFY from whoever stores them and a listener in each
 * server; on any other database (H2, one process) straight from this process's commits.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LiveProperties.class)
class LiveConfiguration {

    @Bean
    @Conditional(OnPostgres.class)
    QuoteNotifications quoteNotifications(JdbcTemplate jdbc) {
        return QuoteNotifications.forSchema(jdbc.queryForObject("SELECT current_schema()", String.class));
    }

    @Bean
    @Conditional(OnPostgres.class)
    PostgresQuoteChannel postgresQuoteChannel(JdbcTemplate jdbc, QuoteNotifications notifications) {
        return new PostgresQuoteChannel(jdbc, notifications);
    }

    /** Only servers have subscribers; the CLI's contexts only announce. */
    @Bean
    @Conditional(OnPostgres.class)
    @ConditionalOnWebApplication
    PostgresQuoteListener postgresQuoteListener(JdbcConnectionDetails database, JdbcTemplate jdbc,
                                                QuoteNotifications notifications, LiveQuotes live) {
        return new PostgresQuoteListener(database, jdbc, notifications, live);
    }

    @Bean
    @ConditionalOnMissingBean(PostgresQuoteChannel.class)
    InProcessQuoteChannel inProcessQuoteChannel(LiveQuotes live) {
        return new InProcessQuoteChannel(live);
    }

    /** The configured database is PostgreSQL. */
    static final class OnPostgres implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            return url != null && DatabaseDriver.fromJdbcUrl(url) == DatabaseDriver.POSTGRESQL;
        }
    }
}
