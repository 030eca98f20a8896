package org.mspsdk.cli;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mspsdk.MspException;

/**
 * Writes output files so that a failure never leaves a partial or corrupt one: each file is written to a
 * temporary file in its target folder ({@code .NAME.msp-tmp-RANDOM}) and moved into place, with
 * {@link StandardCopyOption#ATOMIC_MOVE} where the file system supports it, only by {@link #commit()}, after
 * every file of the output is complete. Closing without a commit (an exception, an unusable input) deletes the
 * temporary files and leaves the folder as it was, earlier files of the same names included.
 *
 * <pre>{@code
 * try (AtomicOutput files = AtomicOutput.intoFolder(dir)) {
 *     try (Writer w = files.writer("sac.json")) { ... }
 *     files.commit();
 * }
 * }</pre>
 *
 * <p>Each file is replaced atomically; a set of files is committed one file after another, so a failure during
 * the commit itself (rare: a rename in one folder) can leave some files new and some old, never one partial.
 * Every command that writes files uses this class, and its errors are one-line messages naming the path.
 */
final class AtomicOutput implements Closeable {

    private final Path folder;
    private final Map<Path, Path> temporaries = new LinkedHashMap<>(); // target -> temporary
    private final List<Closeable> open = new ArrayList<>();
    private boolean committed;

    private AtomicOutput(Path folder) {
        this.folder = folder;
    }

    /**
     * Output into a folder, created (with its parents) if missing.
     *
     * @param folder the folder
     * @return the output
     * @throws MspException of kind IO naming the folder when it cannot be created
     */
    static AtomicOutput intoFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw failure("cannot create the folder " + folder, e);
        }
        return new AtomicOutput(folder);
    }

    /**
     * Output of one file, into a folder that must exist.
     *
     * @param file the file to write
     * @return the output, whose {@link #writer}/{@link #stream} take the file's name
     * @throws MspException of kind IO saying the folder does not exist, or the path is a folder
     */
    static AtomicOutput forFile(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new MspException(MspException.Kind.IO, "cannot write " + file + ": the folder "
                    + (file.getParent() == null ? parent : file.getParent()) + " does not exist; create it first");
        }
        if (Files.isDirectory(file)) {
            throw new MspException(MspException.Kind.IO, "cannot write " + file + ": it is a folder; name a file");
        }
        return new AtomicOutput(parent);
    }

    /**
     * @param name a file name in the folder
     * @return a buffered UTF-8 writer to its temporary file
     */
    Writer writer(String name) {
        return track(new OutputStreamWriter(stream(name), StandardCharsets.UTF_8));
    }

    /**
     * @param name a file name in the folder
     * @return a buffered stream to its temporary file
     */
    OutputStream stream(String name) {
        if (committed) {
            throw new IllegalStateException("already committed");
        }
        Path target = folder.resolve(name);
        if (temporaries.containsKey(target)) {
            throw new IllegalStateException("written twice: " + name);
        }
        if (Files.isDirectory(target)) {
            throw new MspException(MspException.Kind.IO, "cannot write " + target + ": it is a folder");
        }
        try {
            Path temp = Files.createTempFile(folder, "." + name + ".msp-tmp-", "");
            temporaries.put(target, temp);
            return track(new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16));
        } catch (IOException e) {
            throw failure("cannot write " + target, e);
        }
    }

    private <T extends Closeable> T track(T c) {
        open.add(c);
        return c;
    }

    /** @return the files this output will write (their final paths), in the order first opened */
    List<Path> targets() {
        return List.copyOf(temporaries.keySet());
    }

    /**
     * Closes every file and moves each into place.
     *
     * @throws MspException of kind IO naming the file when closing or moving fails; the temporaries are then
     *                      removed by {@link #close()}
     */
    void commit() {
        closeAll(true);
        for (Map.Entry<Path, Path> e : temporaries.entrySet()) {
            try {
                move(e.getValue(), e.getKey());
            } catch (IOException ex) {
                throw failure("cannot write " + e.getKey(), ex);
            }
        }
        committed = true;
    }

    /**
     * Like {@link #commit()}, but never replaces a file: each file is linked into place (atomic, and refused when
     * the name is taken), or where links are not supported moved without replacing.
     *
     * @return false, with nothing committed after it, when a target already exists
     * @throws MspException of kind IO naming the file when closing or moving fails
     */
    boolean commitWithoutReplacing() {
        closeAll(true);
        for (Map.Entry<Path, Path> e : temporaries.entrySet()) {
            try {
                try {
                    Files.createLink(e.getKey(), e.getValue());
                    Files.deleteIfExists(e.getValue());
                } catch (UnsupportedOperationException | java.nio.file.FileSystemException ex) {
                    if (ex instanceof java.nio.file.FileAlreadyExistsException) {
                        throw (java.nio.file.FileAlreadyExistsException) ex;
                    }
                    Files.move(e.getValue(), e.getKey());
                }
            } catch (java.nio.file.FileAlreadyExistsException ex) {
                return false;
            } catch (IOException ex) {
                throw failure("cannot write " + e.getKey(), ex);
            }
        }
        committed = true;
        return true;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Without a commit, removes every temporary file; the targets stay as they were. */
    @Override
    public void close() {
        closeAll(false);
        for (Path temp : temporaries.values()) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // nothing more can be done; the name says what it is
            }
        }
        temporaries.clear();
    }

    private void closeAll(boolean strict) {
        IOException first = null;
        for (int i = open.size() - 1; i >= 0; i--) {
            try {
                open.get(i).close();
            } catch (IOException | RuntimeException e) {
                if (first == null) {
                    first = e instanceof IOException io ? io : new IOException(e.getClass().getSimpleName());
                }
            }
        }
        open.clear();
        if (strict && first != null) {
            throw failure("cannot finish writing into " + folder, first);
        }
    }

    /**
     * @param what what could not be done, naming the path
     * @param e    why
     * @return a one-line error without a Java exception name
     */
    static MspException failure(String what, IOException e) {
        return new MspException(MspException.Kind.IO, what + ": " + Msp.reason(e));
    }
}
