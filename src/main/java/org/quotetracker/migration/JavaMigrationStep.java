package org.quotetracker.migration;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A Flyway migration written in Java, given to Flyway as a Spring bean (so that Flyway does not scan the jar for
 * classes): its version and description, run in a transaction, without a checksum (its code is what it runs).
 */
public abstract class JavaMigrationStep implements JavaMigration {

    private final MigrationVersion version;
    private final String description;

    protected JavaMigrationStep(String version, String description) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
    }

    @Override
    public MigrationVersion getVersion() {
        return version;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }
}
