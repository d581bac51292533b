package org.quotetracker.sql;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@link SqlDialect} of the configured database, asked once at start-up. */
@Configuration(proxyBeanMethods = false)
class SqlDialects {

    @Bean
    SqlDialect sqlDialect(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return SqlDialect.of(connection);
        }
    }
}
