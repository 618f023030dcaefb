package com.marketchats.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The app's version, written into {@code app-version.properties} from pom.xml by the build. */
final class AppVersion {

    private AppVersion() {
    }

    static String current() {
        try (InputStream in = AppVersion.class.getResourceAsStream("app-version.properties")) {
            if (in == null) {
                throw new IllegalStateException("app-version.properties is missing from the build");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the app's version", e);
        }
    }
}
