package com.marketchats.viewmodel.compose;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes pixels as a PNG file the way a pasted image is written, for tests that save screenshots. */
public final class PngFiles {

    private PngFiles() {
    }

    public static void write(Path file, int width, int height, int[] argbPixels) throws IOException {
        Files.createDirectories(file.getParent());
        PastedImageFiles.writePng(file, width, height, argbPixels);
    }
}
