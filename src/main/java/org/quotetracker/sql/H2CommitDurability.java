package org.quotetracker.sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/**
 * Makes H2 write every commit to its file before the commit returns. By default H2 writes commits in the background
 * up to half a second later, so a process killed in that window loses articles it had reported stored; a rerun would
 * store them again, but "stored" would not have meant stored. PostgreSQL is durable at commit already.
 */
@Component
class H2CommitDurability {

    H2CommitDurability(DataSource dataSource, SqlDialect dialect) throws SQLException {
        if (dialect != SqlDialect.H2) {
            return;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SET WRITE_DELAY 0");
        }
    }
}
