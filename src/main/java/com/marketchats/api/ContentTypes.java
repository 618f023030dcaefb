package com.marketchats.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The content type of a file judged by its name: the client's uploads (after the platform's probe,
 * which answers null on some systems without a mime database) and the sandbox's served attachments.
 * The file types buyers and sellers exchange most are in a fixed table; anything else is
 * {@code application/octet-stream}.
 */
public final class ContentTypes {

    static final String OCTET_STREAM = "application/octet-stream";

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("png", "image/png"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("heic", "image/heic"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("txt", "text/plain"),
            Map.entry("doc", "application/msword"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("mp4", "video/mp4"),
            Map.entry("zip", "application/zip"));

    private ContentTypes() {
    }

    /** The platform's probe of the file, or {@link #byExtension} where it has no answer. */
    static String guess(Path file) {
        try {
            String probed = Files.probeContentType(file);
            if (probed != null && !probed.isBlank()) {
                return probed;
            }
        } catch (IOException | SecurityException e) {
            // The probe is only a hint; the table below decides instead.
        }
        return byExtension(file.getFileName() == null ? "" : file.getFileName().toString());
    }

    /** By the name's extension only, ignoring case; {@code application/octet-stream} for an unknown one or none. */
    public static String byExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return OCTET_STREAM;
        }
        return BY_EXTENSION.getOrDefault(fileName.substring(dot + 1).toLowerCase(Locale.ROOT), OCTET_STREAM);
    }
}
