package org.quotetracker.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Python's {@code round(x, n)} and {@code "%.3f"}: both round the exact binary value half to even, where Java's
 * {@code String.format} rounds the shortest decimal half up and would print 0.1235 as 0.124 instead of 0.123.
 */
final class PythonNumbers {

    private PythonNumbers() {
    }

    static double round4(double x) {
        return exact(x, 4).doubleValue();
    }

    static String fixed3(double x) {
        return exact(x, 3).toPlainString();
    }

    private static BigDecimal exact(double x, int places) {
        return new BigDecimal(x).setScale(places, RoundingMode.HALF_EVEN);
    }
}
