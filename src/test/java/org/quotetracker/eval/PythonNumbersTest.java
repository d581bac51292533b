package org.quotetracker.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PythonNumbersTest {

    @Test
    void roundingGoesByTheExactBinaryValueHalfToEven() {
        assertEquals(0.8858, PythonNumbers.round4(0.88575));
        assertEquals("0.123", PythonNumbers.fixed3(0.1235));
        assertEquals("0.062", PythonNumbers.fixed3(0.0625));
    }
}
