package com.marketchats.service.autostart;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a program as a process, with a time limit so that a hung {@code reg.exe} cannot hold Settings. */
final class ProcessRunner implements CommandRunner {

    private static final long TIMEOUT_SECONDS = 15;

    @Override
    public Result run(List<String> command) throws IOException {
        // The output goes to a file rather than a pipe: reading a pipe would wait as long as the program
        // does, and the time limit would never come.
        Path printed = Files.createTempFile("market-chats-command-", ".txt");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(printed.toFile()).start();
            process.getOutputStream().close();
            if (!waitFor(process)) {
                process.destroyForcibly();
                throw new IOException(command.get(0) + " did not finish within " + TIMEOUT_SECONDS + " s");
            }
            // Decoded leniently: reg.exe prints in the console's code page, which may not be the default one.
            return new Result(process.exitValue(),
                    new String(Files.readAllBytes(printed), Charset.defaultCharset()).strip());
        } finally {
            Files.deleteIfExists(printed);
        }
    }

    private static boolean waitFor(Process process) throws IOException {
        try {
            return process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + process.info().command().orElse("a program"), e);
        }
    }
}
