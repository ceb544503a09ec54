package ru.trajectory.practices.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The attachment types the bank accepts, recognised by their content, never by name or by the
 * browser's claim: a «.pdf» that is really an executable is refused. DOCX and PPTX are both ZIP
 * files and are told apart by the part that only each of them has.
 */
public enum AttachmentType {
    PDF("application/pdf", ".pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", ".pptx"),
    PNG("image/png", ".png"),
    JPEG("image/jpeg", ".jpg");

    /** Office files name their main part early; a ZIP without it in this many entries is not one. */
    private static final int ZIP_ENTRIES_SCANNED = 200;

    private final String contentType;
    private final String extension;

    AttachmentType(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** The type of the content, or empty when it is none of the accepted ones. */
    public static Optional<AttachmentType> detect(byte[] content) {
        if (content == null || content.length < 8) {
            return Optional.empty();
        }
        if (starts(content, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return Optional.of(PDF);
        }
        if (starts(content, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (starts(content, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (starts(content, 0x50, 0x4B, 0x03, 0x04)) {
            return office(content);
        }
        return Optional.empty();
    }

    private static Optional<AttachmentType> office(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            for (int i = 0; i < ZIP_ENTRIES_SCANNED && (entry = zip.getNextEntry()) != null; i++) {
                if (entry.getName().equals("word/document.xml")) {
                    return Optional.of(DOCX);
                }
                if (entry.getName().equals("ppt/presentation.xml")) {
                    return Optional.of(PPTX);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // A damaged archive is simply not an accepted type.
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] content, int... magic) {
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
