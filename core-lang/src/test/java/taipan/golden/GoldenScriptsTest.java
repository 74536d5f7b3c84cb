package taipan.golden;

import java.io.IOException;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** core-lang's golden scripts (see {@link GoldenScripts}). */
class GoldenScriptsTest {
    @TestFactory
    Stream<DynamicTest> scripts() throws IOException {
        return GoldenScripts.scripts();
    }
}
