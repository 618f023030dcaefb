package com.marketchats.viewmodel.conversation;

import java.util.Locale;
import java.util.Set;

/** What kind of file an attachment is, judged by its name's extension (the API gives no type). */
public enum AttachmentKind {
    IMAGE,
    PDF,
    DOCUMENT,
    OTHER;

    /** Extensions whose files JavaFX can decode into a thumbnail. */
    private static final Set<String> IMAGES = Set.of("jpg", "jpeg", "png", "gif", "bmp");
    private static final Set<String> DOCUMENTS = Set.of("doc", "docx", "xls", "xlsx", "odt", "ods", "rtf", "txt",
            "csv");

    public static AttachmentKind of(String name) {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        String extension = dot < 0 ? "" : lower.substring(dot + 1);
        if (IMAGES.contains(extension)) {
            return IMAGE;
        }
        if (extension.equals("pdf")) {
            return PDF;
        }
        return DOCUMENTS.contains(extension) ? DOCUMENT : OTHER;
    }
}
