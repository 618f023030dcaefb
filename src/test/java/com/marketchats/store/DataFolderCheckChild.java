package com.marketchats.store;

import java.nio.file.Path;

/** Runs {@link DataFolderCheck} in a process of its own (one with fewer privileges) and prints the kind found, or OK. */
public final class DataFolderCheckChild {

    private DataFolderCheckChild() {
    }

    public static void main(String[] args) {
        System.out.println(DataFolderCheck.check(Path.of(args[0]))
                .map(problem -> problem.kind() + " " + problem.detail())
                .orElse("OK"));
    }
}
