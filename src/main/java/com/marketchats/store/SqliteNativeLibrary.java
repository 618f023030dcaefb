package com.marketchats.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;
import org.sqlite.util.OSInfo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells sqlite-jdbc where its native library is, before the first connection. Left alone, sqlite-jdbc
 * extracts the library from its jar into {@code org.sqlite.tmpdir} under a new random name at every start
 * (older versions of the app pointed that at the data folder: 1.1 MB left behind by every killed process,
 * and an {@code UnsatisfiedLinkError} on a read-only data folder). Instead, sqlite-jdbc is pointed
 * ({@code org.sqlite.lib.path} and {@code org.sqlite.lib.name}) at:
 * <ol>
 *   <li>the copy the installer put into the app's runtime ({@code <java.home>/lib}), when there is one;</li>
 *   <li>otherwise a copy extracted once into the per-user cache folder ({@link CacheDirectory}), in a
 *       folder named after the sqlite-jdbc version and the platform, so an upgrade gets its own copy.</li>
 * </ol>
 * A library location given on the command line ({@code -Dorg.sqlite.lib.path} or {@code -Dorg.sqlite.tmpdir})
 * is respected as it is. If the cache cannot be written, sqlite-jdbc keeps its own behaviour (the
 * system's temporary folder), which is still never the data folder.
 * <p>
 * Run as a program ({@code main}) it copies the library for the build machine's platform into a folder:
 * the installer build puts it into the runtime that way, chosen by the same sqlite-jdbc code that loads it.
 */
public final class SqliteNativeLibrary {

    static final String LIB_PATH = "org.sqlite.lib.path";
    static final String LIB_NAME = "org.sqlite.lib.name";
    static final String TMPDIR = "org.sqlite.tmpdir";

    private static final Logger LOG = LoggerFactory.getLogger(SqliteNativeLibrary.class);
    /** What sqlite-jdbc's own extraction left: {@code sqlite-<version>-<uuid>-libsqlitejdbc.so} and its {@code .lck}. */
    private static final Pattern LEFTOVER = Pattern.compile("sqlite-.+-(lib)?sqlitejdbc\\..+");

    private static boolean prepared;

    private SqliteNativeLibrary() {
    }

    /** Sets sqlite-jdbc's library properties once per process; later calls return at once. Thread-safe. */
    public static synchronized void prepare() {
        if (prepared) {
            return;
        }
        prepared = true;
        if (System.getProperty(LIB_PATH) != null || System.getProperty(TMPDIR) != null) {
            LOG.info("SQLite's native library: as set on the command line ({}={}, {}={})",
                    LIB_PATH, System.getProperty(LIB_PATH), TMPDIR, System.getProperty(TMPDIR));
            return;
        }
        Path folder = packagedFolder(Path.of(System.getProperty("java.home")))
                .orElseGet(() -> cachedFolder(CacheDirectory.resolve()));
        if (folder != null) {
            System.setProperty(LIB_PATH, folder.toString());
            System.setProperty(LIB_NAME, libraryName());
            LOG.info("SQLite's native library: {}", folder.resolve(libraryName()));
        }
    }

    /** Deletes native libraries that sqlite-jdbc extracted into the data folder's root for older versions. */
    public static void removeLeftovers(Path dataFolder) {
        if (!Files.isDirectory(dataFolder)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dataFolder,
                entry -> LEFTOVER.matcher(entry.getFileName().toString()).matches())) {
            for (Path entry : entries) {
                deleteLeftover(entry);
            }
        } catch (IOException e) {
            LOG.warn("Could not look for old SQLite library copies in {}: {}", dataFolder, e.toString());
        }
    }

    /** {@code main(folder)}: copies the platform's library into that folder (the installer build's step). */
    public static void main(String[] args) throws IOException {
        Path folder = Files.createDirectories(Path.of(args[0]));
        Files.write(folder.resolve(libraryName()), libraryBytes());
    }

    /** The library's file name on this platform, e.g. {@code libsqlitejdbc.so}. */
    static String libraryName() {
        return LibraryLoaderUtil.getNativeLibName();
    }

    /** The folder in the cache holding this sqlite-jdbc version's library, extracted now when missing or incomplete. */
    static Path extract(Path cacheRoot) throws IOException {
        byte[] library = libraryBytes();
        Path folder = cacheRoot.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion())
                .resolve(OSInfo.getNativeLibFolderPathForCurrentOS());
        Path target = folder.resolve(libraryName());
        if (Files.isRegularFile(target) && Files.size(target) == library.length) {
            return folder;
        }
        // Written aside and moved into place, so that another process never loads a half-written library.
        DurableFiles.replace(target, library);
        return folder;
    }

    private static Optional<Path> packagedFolder(Path javaHome) {
        Path folder = javaHome.resolve("lib");
        return Files.isRegularFile(folder.resolve(libraryName())) ? Optional.of(folder) : Optional.empty();
    }

    /** The cache's folder, or null (logged) when it cannot be written: sqlite-jdbc then extracts as it would. */
    private static Path cachedFolder(Path cacheRoot) {
        try {
            return extract(cacheRoot);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not keep SQLite's native library in {}; sqlite-jdbc extracts it to the temporary folder: {}",
                    cacheRoot, e.toString());
            return null;
        }
    }

    private static byte[] libraryBytes() throws IOException {
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + libraryName();
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("sqlite-jdbc has no native library for this platform (" + resource + ")");
            }
            return in.readAllBytes();
        }
    }

    private static void deleteLeftover(Path entry) {
        try {
            if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(entry);
                LOG.info("Deleted {}, a copy of SQLite's library an older version left in the data folder", entry);
            }
        } catch (IOException e) {
            LOG.warn("Could not delete the old SQLite library copy {}: {}", entry, e.toString());
        }
    }
}
