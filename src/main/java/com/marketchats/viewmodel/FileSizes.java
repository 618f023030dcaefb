package com.marketchats.viewmodel;

import com.marketchats.i18n.I18n;

/** File sizes as people read them: "830 B", "12.4 KB", "4.9 MB" (units in the user's language). */
public final class FileSizes {

    private FileSizes() {
    }

    public static String human(long bytes, I18n texts) {
        if (bytes < 1024) {
            return texts.text("size.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return texts.text("size.kilobytes", bytes / 1024.0);
        }
        return texts.text("size.megabytes", bytes / (1024.0 * 1024.0));
    }
}
