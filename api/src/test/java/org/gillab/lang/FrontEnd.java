package org.gillab.lang;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.gillab.compile.Compiler;

/**
 * Feeds a text to the whole front end (decoding, lexer, parser, symbol table, compiler) and says
 * what came out. The only acceptable failure is a {@link SourceError} that points inside the text:
 * anything else escaping is a bug, and so is a SourceError that hides one ("internal parser error").
 *
 * <p>Every input runs on one thread with the deep stack every real caller gives the compiler (the
 * runners' {@code PyThread}s), and with a time limit, so that an input that makes the front end loop
 * fails the test instead of hanging the build.
 */
final class FrontEnd {
    private FrontEnd() {}

    /** What {@code PyThread.STACK_BYTES} gives every thread that compiles a program. */
    private static final long STACK_BYTES = 1L << 29;
    private static final long LIMIT_SECONDS = 20;

    private static ExecutorService worker = newWorker();

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "front-end-fuzz", STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
    }

    /** Decodes {@code bytes} as a program file is decoded, then compiles it. */
    static String checkBytes(byte[] bytes) {
        return check(() -> {
            Source src;
            try {
                src = SourceFiles.decode("<fuzz>", bytes);
            } catch (SourceError e) {
                return verdict(e, new String(bytes, StandardCharsets.UTF_8));
            }
            return compile(src);
        });
    }

    /** Compiles {@code text} as it is (no decoding, so lone surrogates and CRs reach the lexer). */
    static String checkText(String text) {
        return check(() -> compile(new Source("<fuzz>", text)));
    }

    private static String compile(Source src) {
        try {
            Compiler.compileModule(Parser.parse(src), src);
            return "ok";
        } catch (SourceError e) {
            return verdict(e, src.text());
        }
    }

    /** Null when the error is acceptable, else why not. */
    private static String verdict(SourceError e, String text) {
        if (e.getMessage() == null || e.getMessage().startsWith("internal parser error")) return "a hidden bug: " + e.render();
        String[] lines = text.split("\n", -1);
        if (e.line < 1 || e.line > lines.length) return "line " + e.line + " is outside the text's " + lines.length + " lines: " + e.render();
        int width = lines[e.line - 1].length();
        if (e.col < 1 || e.col > width + 1) return "column " + e.col + " is outside line " + e.line + " (" + width + " chars): " + e.render();
        e.render(); // must not throw either
        return "error";
    }

    private interface Step {
        String run();
    }

    /** "ok" or "error" (a well-placed SourceError); anything else is a failure message. */
    private static synchronized String check(Step step) {
        Future<String> f = worker.submit(() -> {
            try {
                return step.run();
            } catch (Throwable t) {
                return "escaped: " + describe(t);
            }
        });
        try {
            return f.get(LIMIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            worker.shutdownNow();          // the stuck thread is a daemon: leave it, take a fresh one
            worker = newWorker();
            return "no answer within " + LIMIT_SECONDS + " s (a loop in the front end?)";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } catch (ExecutionException e) {
            return "escaped: " + describe(e.getCause());
        }
    }

    private static String describe(Throwable t) {
        StringBuilder sb = new StringBuilder(t.toString());
        StackTraceElement[] frames = t.getStackTrace();
        for (int i = 0; i < Math.min(8, frames.length); i++) sb.append("\n    at ").append(frames[i]);
        return sb.toString();
    }

    static boolean acceptable(String verdict) {
        return verdict.equals("ok") || verdict.equals("error");
    }
}
