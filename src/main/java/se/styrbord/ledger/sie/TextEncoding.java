package se.styrbord.ledger.sie;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The character set of a text field. SIE prescribes CP437 (§5.8, {@code #FORMAT PC8}); real files
 * are sometimes UTF-8 or Latin-1 all the same. Decided per field from its bytes, so no look-ahead
 * is needed: valid UTF-8 multi-byte sequences mean UTF-8; high bytes all in 0xC0–0xFF (Latin-1
 * letters such as å 0xE5, ä 0xE4, ö 0xF6) mean ISO-8859-15; anything else is CP437 (å 0x86, ä 0x84,
 * ö 0x94).
 */
enum TextEncoding {
    CP437("CP437"),
    UTF_8("UTF-8"),
    ISO_8859_15("ISO-8859-15");

    static final Charset IBM437 = Charset.forName("IBM437");
    static final Charset LATIN9 = Charset.forName("ISO-8859-15");
    private static final char[] CP437_CHARS = new String(allBytes(), IBM437).toCharArray();

    final String label;

    TextEncoding(String label) {
        this.label = label;
    }

    static TextEncoding of(byte[] b, int s, int e) {
        if (isUtf8(b, s, e)) {
            return UTF_8;
        }
        for (int i = s; i < e; i++) {
            int c = b[i] & 0xFF;
            if (c >= 0x80 && c < 0xC0) {
                return CP437;
            }
        }
        return ISO_8859_15;
    }

    String decode(byte[] b, int s, int e) {
        return switch (this) {
            case UTF_8 -> new String(b, s, e - s, StandardCharsets.UTF_8);
            case ISO_8859_15 -> new String(b, s, e - s, LATIN9);
            case CP437 -> {
                char[] chars = new char[e - s];
                for (int i = s; i < e; i++) {
                    chars[i - s] = CP437_CHARS[b[i] & 0xFF];
                }
                yield new String(chars);
            }
        };
    }

    /** True when the bytes hold at least one multi-byte sequence and all of them are well formed. */
    static boolean isUtf8(byte[] b, int s, int e) {
        boolean multi = false;
        int i = s;
        while (i < e) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int n;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                n = 1;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                n = 2;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                n = 3;
                min = 0x10000;
            } else {
                return false;
            }
            if (i + n >= e) {
                return false;
            }
            int cp = c & (0x3F >> n);
            for (int k = 1; k <= n; k++) {
                int d = b[i + k] & 0xFF;
                if ((d & 0xC0) != 0x80) {
                    return false;
                }
                cp = (cp << 6) | (d & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                return false;
            }
            multi = true;
            i += n + 1;
        }
        return multi;
    }

    private static byte[] allBytes() {
        byte[] b = new byte[256];
        for (int i = 0; i < 256; i++) {
            b[i] = (byte) i;
        }
        return b;
    }
}
