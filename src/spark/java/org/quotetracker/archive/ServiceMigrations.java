package org.quotetracker.archive;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.quotetracker.migration.JavaMigrations;

/**
 * The service's own schema, migrated by Flyway as the service would at start-up (application.yml's locations for
 * PostgreSQL, and its Java migrations), so that a database the job loads is one the service then starts on.
 */
final class ServiceMigrations {

    private ServiceMigrations() {
    }

    static void migrate(JdbcTarget target) {
        Flyway.configure(ServiceMigrations.class.getClassLoader())
                .dataSource(target.url(), target.user(), target.password())
                .locations("classpath:db/migration", "classpath:db/vendor/postgresql")
                .javaMigrations(JavaMigrations.all().toArray(JavaMigration[]::new))
                .load()
                .migrate();
    }
}
