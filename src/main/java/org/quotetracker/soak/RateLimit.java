package org.quotetracker.soak;

import java.util.concurrent.TimeUnit;

/** Spaces requests evenly: each caller reserves the next free slot and waits for it, so the rate never exceeds its bound. */
final class RateLimit {

    private final long intervalNanos;
    private long nextSlot = System.nanoTime();

    RateLimit(int perSecond) {
        this.intervalNanos = TimeUnit.SECONDS.toNanos(1) / perSecond;
    }

    /** Waits until {@code requests} more requests may start. */
    void acquire(int requests) throws InterruptedException {
        long slot;
        synchronized (this) {
            slot = Math.max(nextSlot, System.nanoTime());
            nextSlot = slot + intervalNanos * requests;
        }
        long wait = slot - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }
}
