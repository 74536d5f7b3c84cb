package taipan.golden;

import java.io.IOException;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** lib-encoding's golden scripts under src/test/python (see {@link GoldenScripts}). */
class EncodingGoldenScriptsTest {
    @TestFactory
    Stream<DynamicTest> scripts() throws IOException {
        return GoldenScripts.scripts();
    }
}
