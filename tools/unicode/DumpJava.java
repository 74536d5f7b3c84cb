package taipan.runtime;
import java.io.*;
public class Dump {
    public static void main(String[] a) throws Exception {
        try (PrintWriter out = new PrintWriter(new BufferedWriter(new FileWriter(a[0])))) {
            for (int c = 0; c < 0x110000; c++) {
                int f = UnicodeData.flags(c);
                int lo = UnicodeData.toLower(c), up = UnicodeData.toUpper(c), ti = UnicodeData.toTitle(c);
                if (f != 0 || lo != c || up != c || ti != c) {
                    out.printf("%x %d %x %x %x\n", c, f, lo, up, ti);
                }
            }
        }
    }
}
