import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Installer build step (run as a source file:
 * {@code java installer/tools/JarWithoutNatives.java <modules folder> <jar name prefix> <entry prefix>}):
 * rewrites the one jar in the folder whose name starts with the prefix without the entries under the entry
 * prefix. sqlite-jdbc carries its native library for 24 platforms (11 MB of its 12 MB); the installer
 * build has already copied this platform's one into the runtime ({@code SqliteNativeLibrary}), where the app
 * loads it from, so the rest only made the installer larger.
 */
public final class JarWithoutNatives {

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        String jarPrefix = args[1];
        String entryPrefix = args[2];
        Path jar;
        try (var jars = Files.list(folder)) {
            jar = jars.filter(path -> path.getFileName().toString().startsWith(jarPrefix))
                    .reduce((first, second) -> {
                        throw new IllegalStateException("more than one " + jarPrefix + " jar in " + folder);
                    })
                    .orElseThrow(() -> new IllegalStateException("no " + jarPrefix + " jar in " + folder));
        }
        Path slim = jar.resolveSibling(jar.getFileName() + ".slim");
        int removed = 0;
        try (ZipFile in = new ZipFile(jar.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(slim))) {
            for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().startsWith(entryPrefix)) {
                    removed++;
                } else {
                    copy(in, entry, out);
                }
            }
        }
        long before = Files.size(jar);
        Files.move(slim, jar, StandardCopyOption.REPLACE_EXISTING);
        System.out.printf("%s: %,d entries under %s removed, %,d → %,d bytes%n", jar.getFileName(), removed,
                entryPrefix, before, Files.size(jar));
    }

    private static void copy(ZipFile in, ZipEntry entry, ZipOutputStream out) throws IOException {
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTime(entry.getTime());
        out.putNextEntry(copy);
        try (InputStream data = in.getInputStream(entry)) {
            data.transferTo(out);
        }
        out.closeEntry();
    }
}
