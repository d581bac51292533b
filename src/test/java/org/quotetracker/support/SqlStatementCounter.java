package org.quotetracker.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the application prepares, through Hibernate and plain JDBC alike: every connection the
 * data source hands out counts the statements made on it. The N+1 tests count with it. It also notes the time limit
 * each statement runs under ({@link Statement#getQueryTimeout()} when it is executed).
 */
public class SqlStatementCounter implements BeanPostProcessor {

    private static final Set<String> MAKES_A_STATEMENT = Set.of("prepareStatement", "createStatement", "prepareCall");

    private static final Set<String> EXECUTES = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate",
            "executeBatch", "executeLargeBatch");

    private final AtomicLong statements = new AtomicLong();
    private final List<Integer> timeouts = new CopyOnWriteArrayList<>();

    /** The statements prepared while {@code action} ran. */
    public long during(Runnable action) {
        long before = statements.get();
        action.run();
        return statements.get() - before;
    }

    /** The query timeout, in seconds, of each statement executed while {@code action} ran (0: none). */
    public List<Integer> timeoutsDuring(Runnable action) {
        int before = timeouts.size();
        action.run();
        return List.copyOf(timeouts.subList(before, timeouts.size()));
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
                        return noting((Statement) invoke(method, connection, args));
                    }
                    return invoke(method, connection, args);
                });
    }

    private Statement noting(Statement statement) {
        Set<Class<?>> interfaces = new LinkedHashSet<>(List.of(Statement.class, PreparedStatement.class, CallableStatement.class));
        interfaces.removeIf(type -> !type.isInstance(statement));
        return (Statement) Proxy.newProxyInstance(getClass().getClassLoader(), interfaces.toArray(Class<?>[]::new),
                (proxy, method, args) -> {
                    if (EXECUTES.contains(method.getName())) {
                        timeouts.add(statement.getQueryTimeout());
                    }
                    return invoke(method, statement, args);
                });
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
