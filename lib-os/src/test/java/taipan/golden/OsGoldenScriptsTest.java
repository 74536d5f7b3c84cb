package taipan.golden;

import java.io.IOException;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** lib-os's golden scripts under src/test/python (see {@link GoldenScripts}). */
class OsGoldenScriptsTest {
    @TestFactory
    Stream<DynamicTest> scripts() throws IOException {
        return GoldenScripts.scripts();
    }
}
