package org.gillab.lang;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads program files. Python source is UTF-8: a byte sequence that is not valid UTF-8 is a
 * SyntaxError pointing at the bad byte, never a silent replacement character. A leading UTF-8 BOM
 * is skipped, and line ends are normalized to {@code \n} (as Python's universal newlines do), so
 * that the lexer and every column number see one kind of line end.
 */
public final class SourceFiles {
    private SourceFiles() {}

    /** Reads and decodes {@code path}; an unreadable file is an IOException for the caller to report. */
    public static Source read(Path path) throws IOException {
        return decode(path.toString(), Files.readAllBytes(path));
    }

    /** Decodes the bytes of a program named {@code name} (for tests and in-memory sources). */
    public static Source decode(String name, byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start + 1);
        CoderResult r = dec.decode(in, out, true);
        if (r.isError()) throw decodeError(name, bytes, start, in.position());
        r = dec.flush(out);
        if (r.isError()) throw decodeError(name, bytes, start, in.position());
        out.flip();
        return new Source(name, normalizeNewlines(out.toString()));
    }

    private static String normalizeNewlines(String s) {
        if (s.indexOf('\r') < 0) return s;
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** CPython's wording for a bad byte, at the line and column where it sits. */
    private static SourceError decodeError(String name, byte[] bytes, int start, int bad) {
        int lineStart = start;
        int line = 1;
        for (int i = start; i < bad; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        // everything before the bad byte decoded cleanly, so the column counts those characters
        String before = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8).replace("\r", "");
        int lineEnd = lineStart;
        while (lineEnd < bytes.length && bytes[lineEnd] != '\n') lineEnd++;
        String lineText = new String(bytes, lineStart, lineEnd - lineStart, StandardCharsets.UTF_8);
        int b = bytes[bad] & 0xFF;
        String message = String.format("(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: %s",
                b, bad - start, reason(bytes, bad));
        return new SourceError("SyntaxError", message, name, line, before.length() + 1, lineText);
    }

    /** The reason CPython's UTF-8 decoder gives for the sequence starting at {@code bad}. */
    private static String reason(byte[] bytes, int bad) {
        int b = bytes[bad] & 0xFF;
        int need;
        if (b >= 0xC2 && b <= 0xDF) need = 1;
        else if (b >= 0xE0 && b <= 0xEF) need = 2;
        else if (b >= 0xF0 && b <= 0xF4) need = 3;
        else return "invalid start byte";
        for (int k = 1; k <= need; k++) {
            if (bad + k >= bytes.length) return "unexpected end of data";
            if ((bytes[bad + k] & 0xC0) != 0x80) return "invalid continuation byte";
        }
        return "invalid continuation byte";   // an overlong form or an encoded surrogate
    }
}
