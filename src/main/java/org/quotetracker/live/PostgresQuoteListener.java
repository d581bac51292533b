package org.quotetracker.live;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hears the new quotes every instance (and the ingest command) announces on PostgreSQL and hands them to
 * {@link LiveQuotes}. One thread with a connection of its own, outside the pool, LISTENs; when that connection is lost
 * (a restart of PostgreSQL, a network failure, a terminated backend) it connects and LISTENs again, backing off up to
 * {@link #MAX_BACKOFF}, and then delivers the quotes stored meanwhile above the highest id it had heard of (up to
 * {@link #CATCH_UP_LIMIT}; quotes of a slower writer's lower ids committed during the outage are missed).
 */
class PostgresQuoteListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PostgresQuoteListener.class);

    /** How long one wait for notifications lasts before the thread checks whether it should stop. */
    private static final int POLL_MILLIS = 500;
    /** A connection idle this long is tested with a query, so that a silently dead one is noticed. */
    private static final Duration IDLE_CHECK = Duration.ofSeconds(30);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    private static final int CATCH_UP_LIMIT = 10_000;

    private final JdbcConnectionDetails database;
    private final JdbcTemplate jdbc;
    private final QuoteNotifications notifications;
    private final LiveQuotes live;

    private volatile boolean running;
    private volatile Thread thread;
    private final AtomicInteger listens = new AtomicInteger();
    private long highestHeard;

    PostgresQuoteListener(JdbcConnectionDetails database, JdbcTemplate jdbc, QuoteNotifications notifications,
                          LiveQuotes live) {
        this.database = database;
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.live = live;
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::listenUntilStopped, "live-quotes-listener");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread listener = thread;
        if (listener != null) {
            listener.interrupt();
            try {
                listener.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** How many times a connection started listening: once, and once more after each loss. */
    int listens() {
        return listens.get();
    }

    private void listenUntilStopped() {
        Duration backoff = Duration.ofMillis(250);
        boolean reconnecting = false;
        while (running) {
            try (Connection own = DriverManager.getConnection(database.getJdbcUrl(), database.getUsername(),
                    database.getPassword())) {
                try (Statement statement = own.createStatement()) {
                    statement.execute(notifications.listen());
                }
                if (reconnecting) {
                    log.info("Listening for new quotes again on {}", notifications.channel());
                    catchUp();
                }
                listens.incrementAndGet();
                backoff = Duration.ofMillis(250);
                hear(own);
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                log.warn("Lost the connection that listens for new quotes ({}); connecting again in {} ms",
                        e.getMessage(), backoff.toMillis());
                reconnecting = true;
                if (!sleep(backoff)) {
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    private void hear(Connection own) throws SQLException {
        PGConnection postgres = own.unwrap(PGConnection.class);
        long idleSince = System.nanoTime();
        while (running) {
            PGNotification[] heard = postgres.getNotifications(POLL_MILLIS);
            if (heard != null && heard.length > 0) {
                List<Long> ids = new ArrayList<>();
                for (PGNotification notification : heard) {
                    if (notifications.channel().equals(notification.getName())) {
                        ids.addAll(QuoteNotifications.ids(notification.getParameter()));
                    }
                }
                deliver(ids);
                idleSince = System.nanoTime();
            } else if (System.nanoTime() - idleSince > IDLE_CHECK.toNanos()) {
                try (Statement statement = own.createStatement()) {
                    statement.execute("SELECT 1");
                }
                idleSince = System.nanoTime();
            }
            if (own.isClosed()) {
                throw new SQLException("the connection was closed");
            }
        }
    }

    private void catchUp() {
        if (highestHeard > 0) {
            deliver(jdbc.queryForList("SELECT id FROM quote WHERE id > ? ORDER BY id LIMIT " + CATCH_UP_LIMIT,
                    Long.class, highestHeard));
        }
    }

    private void deliver(List<Long> ids) {
        ids.forEach(id -> highestHeard = Math.max(highestHeard, id));
        live.publish(ids);
    }

    private boolean sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
