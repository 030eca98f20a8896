package org.mspsdk.cli;

import java.io.IOException;
import java.io.Writer;

/**
 * Makes text safe to show on a terminal. A record can hold characters that a terminal acts on rather than
 * shows: ESC and the other C0 controls (a title change, a cleared screen, a carriage return that forges a line),
 * DEL, the C1 controls (U+0080 to U+009F, among them the one-character CSI), the bidirectional controls that
 * reorder what is shown, the Unicode line and paragraph separators, and unpaired surrogates. Every value the
 * CLI prints, whatever its source (record ids, organisation codes, file names, option values, messages), goes
 * through {@link #escape(CharSequence)} first, which writes each of those characters as {@code \}{@code uXXXX}
 * (for ESC, {@code \}{@code u001B}); every other character, the backslash included, is kept.
 *
 * <p>{@link #filter(Writer)} applies the same escaping to whole outputs (standard output and standard error),
 * keeping the line ends the output itself writes (LF and CR LF) and tabs (a tab moves the cursor, nothing more). The {@code \}{@code uXXXX} form is the
 * JSON escape of the same character, so JSON output keeps its exact meaning; in CSV the control character
 * becomes visible instead of acting.
 */
final class TerminalText {

    private TerminalText() {
    }

    /**
     * @param text a value to print (may be null, printed as {@code null})
     * @return the value with every character that could act on a terminal written as {@code \}{@code uXXXX}
     */
    static String escape(CharSequence text) {
        if (text == null) {
            return "null";
        }
        int n = text.length();
        int i = 0;
        while (i < n && !acts(text, i)) {
            i++;
        }
        if (i == n) {
            return text.toString();
        }
        StringBuilder b = new StringBuilder(n + 16).append(text, 0, i);
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (acts(text, i)) {
                appendEscape(b, c);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** @return whether the character at {@code i} could act on a terminal (or is an unpaired surrogate) */
    private static boolean acts(CharSequence text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return isControl(c);
    }

    /**
     * @param c a character
     * @return whether it is a C0 or C1 control, DEL, a bidirectional control or a line or paragraph separator
     */
    static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F)
                || c == '\u061C' || c == '\u200E' || c == '\u200F'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u2028' || c == '\u2029';
    }

    private static void appendEscape(StringBuilder b, char c) {
        b.append("\\u");
        String hex = Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
        b.append("0".repeat(4 - hex.length())).append(hex);
    }

    /**
     * @param out where the output goes
     * @return a writer that escapes, in all it is given, every character {@link #escape} escapes except tabs
     *         and the LF and CR LF line ends
     */
    static Writer filter(Writer out) {
        return new Filter(out);
    }

    /**
     * The escaping writer. A CR (or a high surrogate) is held until the next character shows whether it starts
     * a CR LF line end (or a surrogate pair); a flush writes what is held as escaped.
     */
    private static final class Filter extends Writer {
        private final Writer out;
        private boolean pendingCr;
        private char pendingHigh;
        private final StringBuilder buffer = new StringBuilder(256);

        Filter(Writer out) {
            super(out);
            this.out = out;
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            synchronized (lock) {
                for (int i = off; i < off + len; i++) {
                    put(cbuf[i]);
                }
                drain();
            }
        }

        @Override
        public void write(String str, int off, int len) throws IOException {
            synchronized (lock) {
                for (int i = off; i < off + len; i++) {
                    put(str.charAt(i));
                }
                drain();
            }
        }

        @Override
        public void write(int c) throws IOException {
            synchronized (lock) {
                put((char) c);
                drain();
            }
        }

        private void put(char c) {
            if (pendingHigh != 0) {
                char high = pendingHigh;
                pendingHigh = 0;
                if (Character.isLowSurrogate(c)) {
                    buffer.append(high).append(c);
                    return;
                }
                appendEscape(buffer, high);
            }
            if (pendingCr) {
                pendingCr = false;
                if (c == '\n') {
                    buffer.append("\r\n");
                    return;
                }
                appendEscape(buffer, '\r');
            }
            if (c == '\r') {
                pendingCr = true;
            } else if (Character.isHighSurrogate(c)) {
                pendingHigh = c;
            } else if (c == '\n' || c == '\t') {
                buffer.append(c);
            } else if (isControl(c) || Character.isLowSurrogate(c)) {
                appendEscape(buffer, c);
            } else {
                buffer.append(c);
            }
        }

        private void drain() throws IOException {
            if (buffer.length() > 0) {
                out.write(buffer.toString());
                buffer.setLength(0);
            }
        }

        /** Writes a held CR or surrogate as escaped: nothing more is coming to complete it. */
        private void settle() {
            if (pendingHigh != 0) {
                appendEscape(buffer, pendingHigh);
                pendingHigh = 0;
            }
            if (pendingCr) {
                appendEscape(buffer, '\r');
                pendingCr = false;
            }
        }

        @Override
        public void flush() throws IOException {
            synchronized (lock) {
                settle();
                drain();
                out.flush();
            }
        }

        @Override
        public void close() throws IOException {
            synchronized (lock) {
                settle();
                drain();
                out.close();
            }
        }
    }
}
