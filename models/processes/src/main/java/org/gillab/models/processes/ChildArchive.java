package org.gillab.models.processes;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An application class-data-sharing archive for the child JVMs (JDK 13+'s dynamic archive): the
 * classes a worker process loads (the interpreter, the compiler, the protocol), parsed and verified
 * once and mapped into every later child instead of loaded anew. Loading them is most of what a child
 * spends between its JVM starting and its interpreter being ready, as a spawned CPython spends its
 * start-up importing; CPython's counterpart is its frozen, precompiled start-up modules.
 *
 * <p>The archive is made once: when none exists, one child of the run is started with
 * {@code -XX:ArchiveClassesAtExit} into a file of its own, and once it has exited normally the parent
 * moves that file into place (an atomic rename, so that concurrent runs never map a half-written
 * archive). It lives next to the first jar of the class path (the build's {@code target/} folder), named
 * after a hash of the JVM and the class path's jars (paths, sizes, times), so that a rebuild or another
 * JDK makes a new one. Where the class path holds a folder (tests run from {@code target/classes}) the
 * JVM cannot archive it, and nothing is tried. A child whose archive is missing or does not match
 * starts without it, silently ({@code -Xshare:auto}, the default, with the CDS log off). Putting a new
 * archive in place deletes those of earlier builds.
 */
final class ChildArchive {
    private static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    private final Path archive; // null: class path cannot be archived
    private final AtomicBoolean training = new AtomicBoolean();

    ChildArchive(Path archive) {
        this.archive = archive;
    }

    /** For this JVM's class path; {@code enabled} false (option {@code class-data-sharing=false}): never. */
    static ChildArchive forThisJvm(boolean enabled) {
        if (!enabled) return new ChildArchive(null);
        String cp = System.getProperty("java.class.path");
        StringBuilder key = new StringBuilder(System.getProperty("java.home")).append('|').append(System.getProperty("java.vm.version"));
        Path first = null;
        for (String entry : cp.split(File.pathSeparator)) {
            File f = new File(entry);
            if (!f.isFile()) return new ChildArchive(null); // a folder (or nothing): not archivable
            if (first == null) first = f.toPath().toAbsolutePath();
            key.append('|').append(f.getAbsolutePath()).append(':').append(f.length()).append(':').append(f.lastModified());
        }
        if (first == null || first.getParent() == null) return new ChildArchive(null);
        String name = "gillab-child-" + Integer.toHexString(key.toString().hashCode()) + ".jsa";
        return new ChildArchive(first.getParent().resolve(name));
    }

    /** The options for the next child: use the archive, or make it (one child at a time), or nothing. */
    Launch next() {
        if (archive == null) return new Launch(List.of(), null);
        if (Files.isReadable(archive)) {
            List<String> use = new ArrayList<>(QUIET);
            use.add(0, "-XX:SharedArchiveFile=" + archive);
            return new Launch(use, null);
        }
        if (!training.compareAndSet(false, true)) return new Launch(List.of(), null);
        Path tmp = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".tmp");
        List<String> make = new ArrayList<>(QUIET);
        make.add(0, "-XX:ArchiveClassesAtExit=" + tmp);
        return new Launch(make, tmp);
    }

    /** Archives made for earlier builds (other hashes) are of no more use: each is a few MB. */
    private void dropOlder() throws IOException {
        try (var older = Files.newDirectoryStream(archive.getParent(), "gillab-child-*.jsa")) {
            for (Path p : older) if (!p.equals(archive)) Files.deleteIfExists(p);
        }
    }

    /** A child's JVM options, and the file it writes an archive to when it exits (null: none). */
    record Launch(List<String> options, Path writes) {}

    /**
     * The child that was to write the archive has exited: move its file into place if it exited normally
     * and wrote one; otherwise drop what it left, so that a later run tries again.
     */
    void written(Launch launch, int exitCode) {
        if (launch.writes() == null) return;
        try {
            if (exitCode == 0 && Files.size(launch.writes()) > 0) {
                Files.move(launch.writes(), archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                dropOlder();
            }
        } catch (IOException e) {
            // no archive this time: children start without one
        } finally {
            try {
                Files.deleteIfExists(launch.writes());
            } catch (IOException e) {
                // a temporary file left in target/
            }
            training.set(false);
        }
    }
}
