package org.gillab.lang;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFilesTest {
    @TempDir Path dir;

    private Source read(byte[] bytes) throws IOException {
        Path p = dir.resolve("prog.py");
        Files.write(p, bytes);
        return SourceFiles.read(p);
    }

    private static byte[] bytes(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) out[i] = (byte) b[i];
        return out;
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) n += p.length;
        byte[] out = new byte[n];
        int i = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, i, p.length);
            i += p.length;
        }
        return out;
    }

    private static byte[] utf8(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    @Test
    void readsUtf8AndNamesTheSourceAfterThePath() throws IOException {
        Source s = read(utf8("x = 'café'\n"));
        assertEquals("x = 'café'\n", s.text());
        assertEquals(dir.resolve("prog.py").toString(), s.name());
    }

    @Test
    void skipsTheByteOrderMark() throws IOException {
        assertEquals("x = 1\n", read(concat(bytes(0xEF, 0xBB, 0xBF), utf8("x = 1\n"))).text());
    }

    @Test
    void normalizesLineEnds() throws IOException {
        assertEquals("a\nb\nc\n", read(utf8("a\r\nb\rc\r\n")).text());
    }

    @Test
    void invalidStartByte() throws IOException {
        SourceError e = assertThrows(SourceError.class, () -> read(concat(utf8("x = 1\ny = 'é"), bytes(0xFF), utf8("'\n"))));
        assertEquals("SyntaxError", e.kind);
        assertEquals("(unicode error) 'utf-8' codec can't decode byte 0xff in position 13: invalid start byte",
                e.getMessage());
        assertEquals("2:7", e.line + ":" + e.col);
    }

    @Test
    void invalidContinuationByte() throws IOException {
        SourceError e = assertThrows(SourceError.class, () -> read(concat(utf8("# "), bytes(0xE9), utf8("t\n"))));
        assertEquals("(unicode error) 'utf-8' codec can't decode byte 0xe9 in position 2: invalid continuation byte",
                e.getMessage());
        assertEquals("1:3", e.line + ":" + e.col);
    }

    @Test
    void truncatedSequenceAtTheEnd() throws IOException {
        SourceError e = assertThrows(SourceError.class, () -> read(concat(utf8("x"), bytes(0xE2, 0x82))));
        assertEquals("(unicode error) 'utf-8' codec can't decode byte 0xe2 in position 1: unexpected end of data",
                e.getMessage());
    }

    @Test
    void positionsCountFromAfterTheByteOrderMark() throws IOException {
        SourceError e = assertThrows(SourceError.class, () -> read(concat(bytes(0xEF, 0xBB, 0xBF), utf8("ab"), bytes(0x80))));
        assertEquals("(unicode error) 'utf-8' codec can't decode byte 0x80 in position 2: invalid start byte", e.getMessage());
        assertEquals("1:3", e.line + ":" + e.col);
    }

    @Test
    void missingFileIsAnIOException() {
        assertThrows(IOException.class, () -> SourceFiles.read(dir.resolve("nope.py")));
    }
}
