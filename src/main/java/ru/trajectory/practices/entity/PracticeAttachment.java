package ru.trajectory.practices.entity;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A file attached to a practice. The bytes live outside the web root under {@link #getStorageKey()};
 * the row keeps what was checked (type from the content, size) and the text extracted for search.
 */
@Entity
@Table(name = "practice_attachment")
@NamedQuery(name = PracticeAttachment.OF_PRACTICE, query = "SELECT a FROM PracticeAttachment a "
        + "WHERE a.practiceId = :practiceId ORDER BY a.id")
public class PracticeAttachment {

    public static final String OF_PRACTICE = "PracticeAttachment.ofPractice";
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    public static final int FILE_NAME_MAX = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "practice_id", nullable = false)
    private Long practiceId;

    @Column(name = "file_name", nullable = false, length = FILE_NAME_MAX)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "storage_key", nullable = false, length = 100)
    private String storageKey;

    /** Lazy: listing attachments must not drag megabytes of text along. */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "extracted_text")
    private String extractedText;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PracticeAttachment() {
    }

    public PracticeAttachment(long practiceId, String fileName, String contentType, long sizeBytes,
                              String storageKey, String extractedText, Instant now) {
        if (sizeBytes < 1 || sizeBytes > MAX_BYTES) {
            throw new IllegalArgumentException("Attachment size out of range: " + sizeBytes);
        }
        if (fileName == null || fileName.isBlank() || fileName.length() > FILE_NAME_MAX) {
            throw new IllegalArgumentException("Bad file name");
        }
        this.practiceId = practiceId;
        this.fileName = fileName;
        this.contentType = Objects.requireNonNull(contentType);
        this.sizeBytes = sizeBytes;
        this.storageKey = Objects.requireNonNull(storageKey);
        this.extractedText = extractedText;
        this.createdAt = Objects.requireNonNull(now);
    }

    public Long getId() {
        return id;
    }

    public Long getPracticeId() {
        return practiceId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public String getExtractedText() {
        return extractedText;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
