package com.marketchats.service.autostart;

import java.io.IOException;
import java.util.List;

/** Runs a program to its end: the real one starts a process, a test's records the command. */
public interface CommandRunner {

    /** @return the program's exit code and what it printed, for a message when it fails */
    Result run(List<String> command) throws IOException;

    /** How a program ended. */
    record Result(int exitCode, String output) {
    }
}
