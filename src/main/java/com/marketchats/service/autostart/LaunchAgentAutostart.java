package com.marketchats.service.autostart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * macOS: a LaunchAgent property list in {@code ~/Library/LaunchAgents}, which launchd runs at the next
 * login (so no {@code launchctl} call is needed). Off is no file.
 */
public final class LaunchAgentAutostart implements Autostart {

    /** The installer's {@code --mac-package-identifier}: launchd and System Settings show the agent by it. */
    static final String LABEL = "com.marketchats.app";

    private final Path file;
    private final Path launcher;

    /**
     * @param launchAgentsFolder {@code ~/Library/LaunchAgents}
     * @param launcher           the app bundle's executable, {@code …/Market Chats.app/Contents/MacOS/Market Chats}
     */
    public LaunchAgentAutostart(Path launchAgentsFolder, Path launcher) {
        this.file = launchAgentsFolder.resolve(LABEL + ".plist");
        this.launcher = Objects.requireNonNull(launcher, "launcher");
    }

    @Override
    public boolean isAvailable() {
        return true;
    }

    @Override
    public boolean isEnabled() {
        return Files.exists(file);
    }

    @Override
    public void enable() throws IOException {
        EntryFiles.write(file, propertyList());
    }

    @Override
    public void disable() throws IOException {
        EntryFiles.delete(file);
    }

    String propertyList() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
                <plist version="1.0">
                <dict>
                    <key>Label</key>
                    <string>%s</string>
                    <key>ProgramArguments</key>
                    <array>
                        <string>%s</string>
                        <string>%s</string>
                    </array>
                    <key>RunAtLoad</key>
                    <true/>
                    <key>ProcessType</key>
                    <string>Interactive</string>
                </dict>
                </plist>
                """.formatted(LABEL, escapeXml(launcher.toString()), MINIMIZED_ARGUMENT);
    }

    private static String escapeXml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
