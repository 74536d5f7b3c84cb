package taipan.modules.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import taipan.runtime.PyException;

/** round()'s decimal rounding against results recorded from CPython 2.7.18. */
class NumbersTest {

    @Test
    void roundMatchesCPython() throws Exception {
        int n = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                NumbersTest.class.getResourceAsStream("round-cases.txt"), StandardCharsets.US_ASCII))) {
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split(" ");
                double x = Double.longBitsToDouble(Long.parseLong(f[0]));
                long nd = Long.parseLong(f[1]);
                long expected = Long.parseLong(f[2]);
                double got = Numbers.round(x, nd);
                assertEquals(expected, Double.doubleToRawLongBits(got), "round(" + x + ", " + nd + ") = " + got);
                n++;
            }
        }
        assertEquals(3000, n);
    }

    @Test
    void roundHalfwayCasesGoAwayFromZero() {
        assertEquals(1.0, Numbers.round(0.5, 0));
        assertEquals(-3.0, Numbers.round(-2.5, 0));
        assertEquals(0.13, Numbers.round(0.125, 2));
        assertEquals(2.67, Numbers.round(2.675, 2)); // 2.675 is 2.67499999...
        assertEquals(30.0, Numbers.round(25.0, -1));
        assertEquals(0.0, Numbers.round(0.49999999999999994, 0));
    }

    @Test
    void roundSignedZerosAndExtremes() {
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(Numbers.round(-0.4, 0)));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(Numbers.round(-1.5, -1000)));
        assertEquals(1.5, Numbers.round(1.5, 400));
        assertEquals(0.0, Numbers.round(5e-324, 323));
        assertEquals(1e-320, Numbers.round(1e-320, 323));
        assertEquals(Double.NaN, Numbers.round(Double.NaN, 2));
        assertEquals(Double.NEGATIVE_INFINITY, Numbers.round(Double.NEGATIVE_INFINITY, 2));
        assertThrows(PyException.class, () -> Numbers.round(Double.MAX_VALUE, -308));
    }
}
