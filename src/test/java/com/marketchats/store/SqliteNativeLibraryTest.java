package com.marketchats.store;

import com.marketchats.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** SQLite's native library lives in the runtime or the per-user cache, never in the data folder. */
class SqliteNativeLibraryTest {

    private static final String OLD_LIBRARY = "sqlite-3.46.1.0-0f6e3b1c-8d0a-4a57-9d5e-2b7f0c1e4a11-libsqlitejdbc.so";

    @TempDir
    Path temp;

    @Test
    void theLibraryIsExtractedOnceIntoAFolderNamedByTheVersionAndReplacedWhenIncomplete() throws IOException {
        Path cache = temp.resolve("cache/market-chats");

        Path folder = SqliteNativeLibrary.extract(cache);
        Path library = folder.resolve(SqliteNativeLibrary.libraryName());
        long size = Files.size(library);
        Object fileKey = Files.readAttributes(library, BasicFileAttributes.class).fileKey();

        assertThat(folder).startsWith(cache.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion()));
        assertThat(size).isGreaterThan(100_000);
        assertThat(SqliteNativeLibrary.extract(cache)).isEqualTo(folder);
        assertThat(Files.readAttributes(library, BasicFileAttributes.class).fileKey())
                .as("the copy already there is used, not written again").isEqualTo(fileKey);

        Files.write(library, new byte[10]);
        SqliteNativeLibrary.extract(cache);

        assertThat(Files.size(library)).isEqualTo(size);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(library);
        }
    }

    @Test
    void copiesOlderVersionsExtractedIntoTheDataFolderAreDeletedAndNothingElse() throws IOException {
        Path data = Files.createDirectories(temp.resolve("data"));
        List<Path> leftovers = List.of(data.resolve(OLD_LIBRARY), data.resolve(OLD_LIBRARY + ".lck"),
                data.resolve("sqlite-3.54.1.0-7c1d-sqlitejdbc.dll"), data.resolve("sqlite-3.54.1.0-7c1d-libsqlitejdbc.dylib"));
        for (Path leftover : leftovers) {
            Files.write(leftover, new byte[16]);
        }
        List<Path> kept = List.of(Files.writeString(data.resolve("settings.json"), "{}"),
                Files.writeString(data.resolve("sqlite-notes.txt"), "mine"),
                Files.createDirectories(data.resolve("business-1")),
                Files.writeString(data.resolve("business-1").resolve(OLD_LIBRARY), "not in the root"));

        SqliteNativeLibrary.removeLeftovers(data);
        SqliteNativeLibrary.removeLeftovers(temp.resolve("missing"));

        leftovers.forEach(leftover -> assertThat(leftover).doesNotExist());
        kept.forEach(file -> assertThat(file).exists());
    }

    /**
     * A JVM without {@code org.sqlite.tmpdir} (which the other tests set) opens a store in a fresh data
     * folder, as the app does: the library comes from the cache, and the data folder gets none.
     */
    @Test
    void openingAStoreLeavesNoLibraryInTheDataFolderAndRemovesOldOnes() throws Exception {
        Path data = Files.createDirectories(temp.resolve("data"));
        Files.write(data.resolve(OLD_LIBRARY), new byte[16]);
        Files.write(data.resolve(OLD_LIBRARY + ".lck"), new byte[0]);
        Path home = temp.resolve("home");

        String output = runChild(data, home);

        assertThat(output).contains(SqliteNativeLibrary.LIB_PATH + "=" + home);
        try (Stream<Path> files = Files.walk(data)) {
            assertThat(files.map(path -> path.getFileName().toString())).as(output)
                    .noneMatch(name -> name.contains("sqlitejdbc"))
                    .contains("chats.db");
        }
        try (Stream<Path> files = Files.walk(home)) {
            assertThat(files.map(path -> path.getFileName().toString())).contains(SqliteNativeLibrary.libraryName());
        }
    }

    /** The child's cache folder, whichever the system, is under {@code home}. */
    private String runChild(Path data, Path home) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(ChildJvm.javaLauncher(), "-cp", ChildJvm.classPath(),
                "-Duser.home=" + home, StoreOpenerChild.class.getName(), data.toString()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.remove("XDG_CACHE_HOME");
        env.put("LOCALAPPDATA", home.resolve("AppData/Local").toString());
        Process child = builder.start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        return output;
    }
}
