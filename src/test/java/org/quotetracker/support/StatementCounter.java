package org.quotetracker.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the application prepares, through Hibernate and plain JDBC alike: every connection the
 * data source hands out counts the statements made on it. The N+1 tests count with it.
 */
public class StatementCounter implements BeanPostProcessor {

    private static final Set<String> MAKES_A_STATEMENT = Set.of("prepareStatement", "createStatement", "prepareCall");

    private final AtomicLong statements = new AtomicLong();

    /** The statements prepared while {@code action} ran. */
    public long during(Runnable action) {
        long before = statements.get();
        action.run();
        return statements.get() - before;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof DataSource dataSource)) {
            return bean;
        }
        return new DelegatingDataSource(dataSource) {
            @Override
            public Connection getConnection() throws SQLException {
                return counting(super.getConnection());
            }

            @Override
            public Connection getConnection(String username, String password) throws SQLException {
                return counting(super.getConnection(username, password));
            }
        };
    }

    private Connection counting(Connection connection) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (MAKES_A_STATEMENT.contains(method.getName())) {
                        statements.incrementAndGet();
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
