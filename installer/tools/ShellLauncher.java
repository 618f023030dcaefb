import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Installer build step for Linux (run as a source file:
 * {@code java installer/tools/ShellLauncher.java <app-image> <environment file>}):
 * replaces jpackage's native launcher in {@code bin/} with a shell script that starts the image's runtime with
 * exactly the options jpackage wrote into the launcher's {@code lib/app/<launcher>.cfg}. The runtime's
 * {@code java} is started under a copy named {@code market-chats}, the name a task manager shows. The environment
 * file's {@code NAME=value} lines ({@code installer/linux/launcher-environment.txt}) become defaults the seller's
 * own environment can still override.
 * <p>
 * Why: at every start jpackage's Linux launcher asks the package managers which package its own file belongs to
 * ({@code rpm -qf}, {@code dpkg -S}, then {@code dpkg -L} of an installed {@code .deb}) to find
 * {@code libapplauncher.so}; {@code dpkg -S} reads the list of every installed package's files. That put the JVM's
 * first class 150–230 ms after the process started, against 40–60 ms for this script (README, Performance). The
 * script sets {@code jpackage.app-path} as the launcher did (autostart writes it into its entry) and keeps the
 * launcher's name, so the desktop entry and autostart need no change.
 * <p>
 * A cfg this step does not understand (default arguments, a class path, a main class) stops the build rather than
 * lose an option.
 */
public final class ShellLauncher {

    private static final String APPDIR = "$APPDIR";
    /** The runtime's java launcher copied under the app's name, so that task managers show the app, not "java". */
    private static final String PROCESS = "market-chats";

    public static void main(String[] args) throws IOException {
        Path image = Path.of(args[0]).toAbsolutePath();
        Path launcher = onlyLauncher(image.resolve("bin"));
        Path cfg = image.resolve("lib").resolve("app").resolve(launcher.getFileName() + ".cfg");
        String script = script(Files.readAllLines(cfg), cfg, environment(Path.of(args[1])));
        Path runtimeBin = image.resolve("lib").resolve("runtime").resolve("bin");
        Files.copy(runtimeBin.resolve("java"), runtimeBin.resolve(PROCESS), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.COPY_ATTRIBUTES);
        Files.writeString(launcher, script);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        System.out.println("Shell launcher: " + launcher);
    }

    /** The {@code NAME=value} lines of {@code file}, in order. */
    private static List<String[]> environment(Path file) throws IOException {
        List<String[]> variables = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            String[] variable = line.strip().split("=", 2);
            if (variable.length != 2 || !variable[0].matches("[A-Z_][A-Z0-9_]*")) {
                throw new IllegalStateException(file + ": not NAME=value: " + line);
            }
            variables.add(variable);
        }
        return variables;
    }

    /** The script for a launcher whose cfg has {@code lines}, setting {@code environment} unless already set. */
    static String script(List<String> lines, Path cfg, List<String[]> environment) {
        String mainModule = null;
        List<String> javaOptions = new ArrayList<>();
        String section = "";
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("[")) {
                section = line;
            } else if (section.equals("[Application]") && line.startsWith("app.mainmodule=")) {
                mainModule = line.substring("app.mainmodule=".length());
            } else if (section.equals("[JavaOptions]") && line.startsWith("java-options=")) {
                javaOptions.add(line.substring("java-options=".length()));
            } else {
                throw new IllegalStateException(cfg + ": the shell launcher does not know \"" + line + "\" in " + section);
            }
        }
        if (mainModule == null) {
            throw new IllegalStateException(cfg + " names no main module");
        }
        StringBuilder script = new StringBuilder();
        script.append("#!/bin/sh\n")
                .append("# Starts the app on its own runtime with the options of lib/app/").append(cfg.getFileName())
                .append(";\n# made by installer/tools/ShellLauncher.java instead of jpackage's launcher, which asks the\n")
                .append("# package managers about itself at every start (README, Performance).\n")
                .append("self=\"$(readlink -f \"$0\")\"\n");
        for (String[] variable : environment) {
            script.append("export ").append(variable[0]).append("=\"${").append(variable[0]).append('-')
                    .append(quoted(variable[1]), 1, quoted(variable[1]).length() - 1).append("}\"\n");
        }
        script.append("APPDIR=\"${self%/bin/*}/lib/app\"\n")
                .append("exec \"${self%/bin/*}/lib/runtime/bin/").append(PROCESS).append("\" \"-Djpackage.app-path=$self\"");
        for (String option : javaOptions) {
            script.append(" \\\n    ").append(quoted(option));
        }
        script.append(" \\\n    -m ").append(quoted(mainModule)).append(" \"$@\"\n");
        return script.toString();
    }

    /** {@code value} in double quotes for sh, every character literal but jpackage's {@code $APPDIR}. */
    private static String quoted(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            if (value.startsWith(APPDIR, i)) {
                quoted.append(APPDIR);
                i += APPDIR.length() - 1;
                continue;
            }
            char c = value.charAt(i);
            if (c == '$') {
                throw new IllegalStateException("the shell launcher knows no jpackage token but $APPDIR: " + value);
            }
            if (c == '"' || c == '\\' || c == '`') {
                quoted.append('\\');
            }
            quoted.append(c);
        }
        return quoted.append('"').toString();
    }

    private static Path onlyLauncher(Path bin) throws IOException {
        try (Stream<Path> files = Files.list(bin)) {
            List<Path> launchers = files.filter(Files::isRegularFile).toList();
            if (launchers.size() != 1) {
                throw new IllegalStateException(bin + " should hold one launcher, not " + launchers);
            }
            return launchers.get(0);
        }
    }
}
