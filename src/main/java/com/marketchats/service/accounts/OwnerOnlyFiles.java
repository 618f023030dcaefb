package com.marketchats.service.accounts;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;

/**
 * Writes a file that only its owner can read, atomically: the content goes into a new temporary file
 * that is created with owner-only access from its first moment (POSIX mode {@code rw-------}, or on
 * Windows an ACL with the owner as the only entry), then moved over the target.
 */
final class OwnerOnlyFiles {

    private OwnerOnlyFiles() {
    }

    static void write(Path target, byte[] content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, target.getFileName() + "-", ".tmp", ownerOnly(folder));
        try {
            Files.write(temporary, content);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static FileAttribute<?> ownerOnly(Path folder) throws IOException {
        FileSystem fileSystem = folder.getFileSystem();
        if (fileSystem.supportedFileAttributeViews().contains("posix")) {
            return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
        }
        if (fileSystem.supportedFileAttributeViews().contains("acl")) {
            UserPrincipal owner = Files.getOwner(folder);
            AclEntry onlyOwner = AclEntry.newBuilder()
                    .setType(AclEntryType.ALLOW)
                    .setPrincipal(owner)
                    .setPermissions(EnumSet.allOf(AclEntryPermission.class))
                    .build();
            return new AclAttribute(List.of(onlyOwner));
        }
        throw new IOException("this file system can restrict a file neither by POSIX mode nor by ACL");
    }

    /** The Windows provider reads an initial ACL from a creation attribute named {@code acl:acl}. */
    private record AclAttribute(List<AclEntry> value) implements FileAttribute<List<AclEntry>> {

        @Override
        public String name() {
            return "acl:acl";
        }
    }
}
