import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Installer build step (run as a source file:
 * {@code java installer/tools/ClassListTraining.java <app-image> [<archive script>]}): puts into the app-image's
 * app folder the list of classes the app loads until its chat list is painted ({@code market-chats.classlist}),
 * and the script that turns it into the class-data sharing archive where the app is installed.
 * <p>
 * The list comes from a training start: the app-image's own runtime starts the app on the demo cabinet with
 * {@code --startup-probe}, which quits once the chat list is painted, and {@code -XX:DumpLoadedClassList}. It needs
 * a display; {@code xvfb-run} gives it one on a build machine without.
 * <p>
 * The archive itself cannot be made here: JDK 17 maps it only if every jar of the module path is at the path,
 * and has the size and time, it had when the archive was dumped, so the Linux packages dump it after
 * installing ({@code installer/linux/make-class-archive}, run by their post-install scripts); the launcher's
 * {@code -XX:SharedArchiveFile=$APPDIR/market-chats.jsa} (installer/class-data.txt) finds it, and starts
 * without it where there is none.
 */
public final class ClassListTraining {

    private static final String CLASS_LIST = "market-chats.classlist";
    private static final String MAIN = "com.marketchats/com.marketchats.app.Main";
    private static final long TRAINING_MINUTES = 3;

    public static void main(String[] args) throws IOException, InterruptedException {
        Path image = Path.of(args[0]).toAbsolutePath();
        Path appFolder = folderHolding(image, "mods");
        Path work = Files.createTempDirectory("market-chats-training");
        try {
            List<String> training = new ArrayList<>(displayWrapper());
            training.addAll(List.of(runtimeJava(image).toString(),
                    "-XX:DumpLoadedClassList=" + appFolder.resolve(CLASS_LIST), "-Xmx256m",
                    "--module-path", appFolder.resolve("mods").toString(), "-m", MAIN, "--demo",
                    "--data-dir=" + work.resolve("data"), "--startup-probe=" + work.resolve("probe.txt")));
            run(training, work.resolve("training.log"));
        } finally {
            deleteTree(work);
        }
        System.out.printf("Class list: %s (%,d classes)%n", appFolder.resolve(CLASS_LIST),
                Files.readAllLines(appFolder.resolve(CLASS_LIST)).size());
        if (args.length > 1 && !args[1].isBlank()) {
            Path script = Path.of(args[1]);
            Files.copy(script, appFolder.resolve(script.getFileName()), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    /** {@code xvfb-run -a} when no display is set and it is installed (a Linux build machine without a desktop). */
    private static List<String> displayWrapper() {
        String display = System.getenv("DISPLAY");
        boolean windowsOrMac = File.separatorChar == '\\' || System.getProperty("os.name").startsWith("Mac");
        if ((display != null && !display.isBlank()) || windowsOrMac) {
            return List.of();
        }
        boolean xvfbRun = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(folder -> !folder.isBlank() && Files.isExecutable(Path.of(folder, "xvfb-run")));
        if (!xvfbRun) {
            throw new IllegalStateException("the training start needs a display: set DISPLAY or install xvfb (xvfb-run)");
        }
        return List.of("xvfb-run", "-a");
    }

    private static void run(List<String> command, Path log) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(TRAINING_MINUTES, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new IllegalStateException("no end after " + TRAINING_MINUTES + " minutes: " + command + "\n"
                    + Files.readString(log));
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("exit " + process.exitValue() + ": " + command + "\n" + Files.readString(log));
        }
    }

    /** The app-image's folder holding {@code name} (lib/app on Linux, app on Windows, Contents/app on macOS). */
    private static Path folderHolding(Path image, String name) throws IOException {
        try (Stream<Path> paths = Files.walk(image, 4)) {
            return paths.filter(path -> path.getFileName().toString().equals(name) && Files.isDirectory(path))
                    .map(Path::getParent).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no " + name + " folder in " + image));
        }
    }

    /** The runtime's {@code bin/java} (or {@code java.exe}) inside the app-image, not the launcher beside it. */
    private static Path runtimeJava(Path image) throws IOException {
        try (Stream<Path> paths = Files.walk(image, 7)) {
            return paths.filter(path -> path.getFileName().toString().matches("java(\\.exe)?")
                            && path.getParent().getFileName().toString().equals("bin")
                            && Files.isRegularFile(path.getParent().resolveSibling("lib").resolve("modules")))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no runtime bin/java in " + image));
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
