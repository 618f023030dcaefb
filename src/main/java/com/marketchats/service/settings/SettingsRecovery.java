package com.marketchats.service.settings;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link SettingsStore#load} did because {@code settings.json} was damaged, so that the window
 * can tell the seller instead of opening with fewer cabinets than they had.
 *
 * @param kind        where the settings came from instead
 * @param damagedCopy where the damaged file was kept for support; empty when it could not be copied
 * @param cabinets    the cabinets the recovered settings hold; empty for {@link Kind#DEFAULTS}
 */
public record SettingsRecovery(Kind kind, Optional<Path> damagedCopy, List<AccountRef> cabinets) {

    public enum Kind {
        /** The previous good version ({@code settings.json.bak}) was used and saved as the settings. */
        RESTORED_FROM_BACKUP,
        /**
         * The backup was unusable too; the cabinets were rebuilt from their folders' manifests (those
         * whose key is still stored) and everything else took its default.
         */
        CABINETS_FOUND_ON_DISK,
        /** Nothing was recoverable: the defaults are used, as on a first start. */
        DEFAULTS
    }

    public SettingsRecovery {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(damagedCopy, "damagedCopy");
        cabinets = List.copyOf(cabinets);
    }
}
