package org.mspsdk.json;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.mspsdk.synthetic.SyntheticDataGenerator;

/**
 * Issue 17, finding 3, run in a child JVM by {@link TolerantModeBoundsTest}: one line of just under 4 MiB holding
 * 423,927 unknown properties, read tolerantly through a JSON Lines reader (as {@code msp sac --tolerant} does)
 * with the heap given to the child. Prints the decode error's problem and exits 0 when the bound held, 3 when the
 * heap ran out.
 */
public final class UnknownPropertyFlood {

    /** The number of unknown properties of the finding. */
    static final int PROPERTIES = 423_927;

    private UnknownPropertyFlood() {
    }

    /**
     * @param count how many unknown properties
     * @return one record document with that many unknown properties of one to four characters at its root
     */
    static String line(int count) {
        String doc = MspJson.strict().write(new SyntheticDataGenerator(5).next());
        StringBuilder b = new StringBuilder(count * 10 + doc.length());
        b.append(doc, 0, doc.length() - 1);
        String digits = "abcdefghijklmnopqrstuvwxyz0123456789";
        for (int i = 0; i < count; i++) {
            b.append(",\"");
            int v = i;
            do {
                b.append(digits.charAt(v % digits.length()));
                v /= digits.length();
            } while (v > 0);
            b.append("\":0");
        }
        return b.append('}').toString();
    }

    /**
     * @param args ignored
     */
    public static void main(String[] args) {
        byte[] bytes = line(PROPERTIES).getBytes(StandardCharsets.UTF_8);
        if (bytes.length > DecodeOptions.DEFAULT_MAX_DOCUMENT_LENGTH) {
            System.out.println("the line is longer than the document limit: " + bytes.length);
            System.exit(4);
        }
        try (JsonLinesReader lines = MspJson.tolerant().readLines(new ByteArrayInputStream(bytes))) {
            lines.next();
            System.out.println("accepted");
        } catch (MspDecodeException e) {
            System.out.println(e.problem());
        } catch (OutOfMemoryError e) {
            System.out.println("out of memory");
            System.exit(3);
        }
    }
}
