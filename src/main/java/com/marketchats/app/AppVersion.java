package com.marketchats.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The app's version and the commit it was built from, written into {@code app-version.properties} by the
 * build (the version from pom.xml, the commit by git-commit-id-maven-plugin).
 *
 * @param version the release, e.g. {@code 0.1.0}
 * @param commit  the abbreviated commit id, {@code unknown} when built outside a git clone, with
 *                {@code -modified} when the tree had uncommitted changes
 */
record AppVersion(String version, String commit) {

    private static final String UNFILLED = "${";

    static AppVersion read() {
        try (InputStream in = AppVersion.class.getResourceAsStream("app-version.properties")) {
            if (in == null) {
                throw new IllegalStateException("app-version.properties is missing from the build");
            }
            Properties properties = new Properties();
            properties.load(in);
            String commit = properties.getProperty("commit", UNFILLED);
            if (commit.startsWith(UNFILLED)) {
                commit = "unknown";
            } else if ("true".equals(properties.getProperty("dirty"))) {
                commit += "-modified";
            }
            return new AppVersion(properties.getProperty("version"), commit);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the app's version", e);
        }
    }

    /** The release, e.g. {@code 0.1.0}. */
    static String current() {
        return read().version();
    }
}
