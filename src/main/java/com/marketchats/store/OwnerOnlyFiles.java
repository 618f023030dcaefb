package com.marketchats.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps the data folder private to the seller's user account: buyers' names, addresses in messages,
 * attachments and the outbox's copies must not be readable by other users of the machine. Folders are
 * {@code rwx------} and files {@code rw-------}. Where the file system has no POSIX permissions (Windows)
 * folders and database files keep the permissions they inherit: the per-user profile folder the data
 * lives in is private there. Only the files {@link DurableFiles} writes, which include the API keys, get
 * an owner-only ACL of their own ({@link #newFileAttribute}).
 */
public final class OwnerOnlyFiles {

    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnlyFiles() {
    }

    /**
     * Like {@link Files#createDirectories}, but every folder it creates is owner-only from its first
     * moment (the umask can only take bits away from {@code rwx------}); folders that exist stay as they are.
     */
    public static Path createDirectories(Path folder) throws IOException {
        if (!isPosix(folder)) {
            return Files.createDirectories(folder);
        }
        FileAttribute<Set<PosixFilePermission>> ownerOnly = PosixFilePermissions.asFileAttribute(FOLDER);
        return Files.createDirectories(folder, ownerOnly);
    }

    /**
     * Creates {@code file} empty and owner-only when it does not exist, so that a program that creates
     * files with the umask's permissions (SQLite, for its database and, after it, its {@code -wal},
     * {@code -shm} and {@code -journal} files, which take the database's mode) finds it there already.
     */
    public static void createFileIfMissing(Path file) throws IOException {
        if (Files.exists(file)) {
            return;
        }
        try {
            if (isPosix(file.toAbsolutePath().getParent())) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException createdMeanwhile) {
            // Another opener made it first: it is the same empty new database.
        }
    }

    /**
     * Sets every folder under {@code dataFolder} (itself included) to {@code rwx------} and every regular
     * file to {@code rw-------}, for data written by older versions or by SQLite, which creates its files
     * with the umask's permissions. Symbolic links are neither followed nor changed; a file that cannot be
     * changed is logged and skipped. Only files whose permissions differ are touched, so a start with
     * thousands of files already in order costs one directory walk.
     */
    public static void tighten(Path dataFolder) {
        if (!Files.isDirectory(dataFolder) || !isPosix(dataFolder)) {
            return;
        }
        Path root;
        try {
            // The data folder itself may be a link (to another disk); what it points to is what is walked.
            root = dataFolder.toRealPath();
            Files.walkFileTree(root, new Tightener());
        } catch (IOException e) {
            log().warn("Could not make the data folder {} owner-only: {}", dataFolder, e.toString());
        }
    }

    /**
     * The attribute that makes a file created in {@code folder} owner-only from its first moment: mode
     * {@code rw-------} on POSIX, else (Windows) an ACL whose only entry is the folder's owner. Fails where
     * the file system offers neither, so that a secret is never written unprotected.
     */
    static FileAttribute<?> newFileAttribute(Path folder) throws IOException {
        if (isPosix(folder)) {
            return PosixFilePermissions.asFileAttribute(FILE);
        }
        if (folder.getFileSystem().supportedFileAttributeViews().contains("acl")) {
            AclEntry onlyOwner = AclEntry.newBuilder()
                    .setType(AclEntryType.ALLOW)
                    .setPrincipal(Files.getOwner(folder))
                    .setPermissions(EnumSet.allOf(AclEntryPermission.class))
                    .build();
            return new AclAttribute(List.of(onlyOwner));
        }
        throw new IOException("this file system can restrict a file neither by POSIX mode nor by ACL");
    }

    /**
     * Fetched when there is something to say, not when the class loads: the start-up check creates the data
     * folder through this class before the log file's folder is known, and the first logger fixes logback's
     * configuration (see app.LogSetup).
     */
    private static Logger log() {
        return LoggerFactory.getLogger(OwnerOnlyFiles.class);
    }

    private static boolean isPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** The Windows provider reads an initial ACL from a creation attribute named {@code acl:acl}. */
    private record AclAttribute(List<AclEntry> value) implements FileAttribute<List<AclEntry>> {

        @Override
        public String name() {
            return "acl:acl";
        }
    }

    /** Sets the permissions of one walked entry at a time, logging and going on past a failure. */
    private static final class Tightener extends SimpleFileVisitor<Path> {

        @Override
        public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
            // Before entering: a folder without the owner's x bit could not be walked otherwise.
            restrict(folder, attributes, FOLDER);
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            if (attributes.isRegularFile()) {
                restrict(file, attributes, FILE);
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException failure) {
            log().warn("Could not read {} to make it owner-only: {}", file, failure.toString());
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path folder, IOException failure) {
            if (failure != null) {
                log().warn("Could not list {} to make its files owner-only: {}", folder, failure.toString());
            }
            return FileVisitResult.CONTINUE;
        }

        private static void restrict(Path path, BasicFileAttributes attributes, Set<PosixFilePermission> wanted) {
            try {
                Set<PosixFilePermission> current = attributes instanceof PosixFileAttributes posix
                        ? posix.permissions() : Files.getPosixFilePermissions(path);
                if (!current.equals(wanted)) {
                    // The walk does not follow links, so this path is the folder or file itself, not a link.
                    Files.setPosixFilePermissions(path, wanted);
                }
            } catch (IOException | UnsupportedOperationException e) {
                log().warn("Could not make {} owner-only: {}", path, e.toString());
            }
        }
    }
}
