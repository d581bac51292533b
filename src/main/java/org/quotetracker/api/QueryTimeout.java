package org.quotetracker.api;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.time.Duration;

import graphql.ErrorClassification;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Gives every query the application runs, through Hibernate and through plain JDBC alike, the time limit
 * {@code quotes.limits.query-timeout}: the driver asks the database to cancel a statement that runs longer
 * (JDBC's {@code Statement.setQueryTimeout}, which H2 and PostgreSQL both honour), so that no request holds a
 * connection and a core for minutes. Flyway's migrations are not queries of the application and are not limited.
 * A cancelled query answers with the classification {@link #CLASSIFICATION} and a message saying what to do.
 */
@Configuration(proxyBeanMethods = false)
public class QueryTimeout {

    /** The classification of a request that a query of took too long for: neither the caller's mistake nor a bug. */
    public static final ErrorClassification CLASSIFICATION = ErrorClassification.errorClassification("TIMEOUT");

    /** PostgreSQL's and H2's SQLSTATE for a statement cancelled, by a timeout here. */
    private static final String QUERY_CANCELED = "57014";

    @Bean
    HibernatePropertiesCustomizer queryTimeoutForHibernate(Limits limits) {
        return properties -> properties.put("jakarta.persistence.query.timeout", Math.toIntExact(limits.queryTimeout().toMillis()));
    }

    @Bean
    static BeanPostProcessor queryTimeoutForJdbc(ObjectProvider<Limits> limits) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof JdbcTemplate jdbc) {
                    jdbc.setQueryTimeout(seconds(limits.getObject().queryTimeout()));
                }
                return bean;
            }
        };
    }

    /** JDBC counts whole seconds; a limit under a second is a second rather than none. */
    private static int seconds(Duration timeout) {
        return (int) Math.max(1, (timeout.toMillis() + 999) / 1000);
    }

    /** Whether {@code failure} is, or was caused by, a statement the database cancelled for running too long. */
    public static boolean cancelled(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTimeoutException
                    || cause instanceof SQLException sql && QUERY_CANCELED.equals(sql.getSQLState())
                    || cause instanceof jakarta.persistence.QueryTimeoutException
                    || cause instanceof org.springframework.dao.QueryTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** What a caller is told when a query of theirs was cancelled. */
    public static String message(Limits limits) {
        return "A database query of this request ran longer than " + limits.queryTimeout().toSeconds()
                + " s, the most this server allows (quotes.limits.query-timeout). Narrow it down (a speaker, dates, "
                + "more specific words) or ask for smaller pages, and try again.";
    }
}
