package org.quotetracker.migration;

import java.util.List;

import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Every migration written in Java, for Flyway run outside the application context (the archive job on Spark). In the
 * service they are beans, which Spring Boot hands to Flyway itself; a database either one migrates must have had all
 * of them, or the service's Flyway refuses it (a resolved migration never applied).
 */
public final class JavaMigrations {

    private JavaMigrations() {
    }

    public static List<JavaMigration> all() {
        return List.of(new StoredKeysBackfill(), new SpeakerKeysetIndex(), new OnePersonPerName());
    }
}
