package org.quotetracker.writes;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.quotetracker.errors.InvalidInput;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;

/** Which failures mean that a write lost a race with another writer, and so are worth running again. */
class WriteRetryTest {

    @Test
    void aUniqueKeyAnotherWriterTookIsALostRace() {
        assertThat(WriteRetry.lostARace(new DataIntegrityViolationException("dup", new SQLException("dup", "23505")))).isTrue();
    }

    @Test
    void aUniqueKeyReportedAsABatchsNextExceptionIsALostRace() {
        BatchUpdateException batch = new BatchUpdateException("batch", "HY000", new int[0]);
        batch.setNextException(new SQLException("dup", "23505"));

        assertThat(WriteRetry.lostARace(new DataIntegrityViolationException("batch", batch))).isTrue();
    }

    @Test
    void aDeadlockOrALockTimeoutIsALostRace() {
        assertThat(WriteRetry.lostARace(new CannotAcquireLockException("deadlock"))).isTrue();
        assertThat(WriteRetry.lostARace(new RuntimeException(new SQLException("deadlock", "40P01")))).isTrue();
        assertThat(WriteRetry.lostARace(new RuntimeException(new SQLException("lock timeout", "HYT00")))).isTrue();
    }

    @Test
    void aBrokenCheckConstraintOrBadInputIsNotRetried() {
        assertThat(WriteRetry.lostARace(new DataIntegrityViolationException("check", new SQLException("check", "23513")))).isFalse();
        assertThat(WriteRetry.lostARace(new InvalidInput("The article text is empty"))).isFalse();
    }
}
