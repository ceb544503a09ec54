package ru.trajectory.practices.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import ru.trajectory.practices.entity.Practice;
import ru.trajectory.practices.entity.PracticeAttachment;
import ru.trajectory.platform.errors.ConflictException;
import ru.trajectory.platform.errors.NotFoundException;
import ru.trajectory.platform.errors.ValidationFailure;

/**
 * Files attached to a practice by its authors while it is a draft or returned. The type is taken
 * from the content (PDF, DOCX, PPTX, PNG, JPEG), the size is 1 byte to 20 MB, and the bytes are
 * stored outside the web root under a random key, so nothing uploaded is ever served by path.
 * The practice is queued for the index, which then searches the attachment's text as well.
 */
@ApplicationScoped
public class PracticeAttachments {

    /** A stored file and how to send it. */
    public record Download(String fileName, String contentType, Path path) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    PracticeAccess access;

    @Inject
    SearchOutbox outbox;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    @ConfigProperty(name = "trajectory.attachments-dir")
    java.util.Optional<String> directorySetting;

    @Transactional
    public PracticeAttachment attach(long practiceId, String fileName, byte[] content) {
        Practice practice = access.visible(practiceId);
        access.requireAuthor(practice);
        if (!practice.getStatus().editable()) {
            throw new ConflictException("Вложения добавляются к черновику или к практике на доработке");
        }
        if (content == null || content.length == 0) {
            throw ValidationFailure.of("file", "Файл пустой");
        }
        if (content.length > PracticeAttachment.MAX_BYTES) {
            throw ValidationFailure.of("file", "Файл больше 20 МБ");
        }
        AttachmentType type = AttachmentType.detect(content).orElseThrow(() -> ValidationFailure.of("file",
                "Принимаются PDF, DOCX, PPTX, PNG и JPEG; содержимое файла не соответствует ни одному из них"));
        String name = safeName(fileName, type);
        String key = UUID.randomUUID().toString();
        Path target = directory().resolve(key);
        try {
            Path tmp = Files.createTempFile(directory(), "upload-", ".part");
            Files.write(tmp, content);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Nothing stored half-way: if the row does not commit, the file goes too.
        afterCompletion(committed -> {
            if (!committed) {
                deleteQuietly(target);
            }
        });
        PracticeAttachment attachment = new PracticeAttachment(practiceId, name, type.contentType(),
                content.length, key, AttachmentText.extract(type, content), clock.instant());
        em.persist(attachment);
        em.flush();
        outbox.enqueue(practiceId);
        return attachment;
    }

    @Transactional
    public List<PracticeAttachment> of(long practiceId) {
        access.visible(practiceId);
        return em.createNamedQuery(PracticeAttachment.OF_PRACTICE, PracticeAttachment.class)
                .setParameter("practiceId", practiceId).getResultList();
    }

    /** The file if the caller may see its practice; the API sends it as an attachment download. */
    @Transactional
    public Download download(long attachmentId) {
        PracticeAttachment attachment = em.find(PracticeAttachment.class, attachmentId);
        if (attachment == null) {
            throw new NotFoundException("Вложение не найдено");
        }
        access.visible(attachment.getPracticeId());
        return new Download(attachment.getFileName(), attachment.getContentType(),
                directory().resolve(attachment.getStorageKey()));
    }

    @Transactional
    public void remove(long attachmentId) {
        PracticeAttachment attachment = em.find(PracticeAttachment.class, attachmentId);
        if (attachment == null) {
            throw new NotFoundException("Вложение не найдено");
        }
        Practice practice = access.visible(attachment.getPracticeId());
        access.requireAuthor(practice);
        if (!practice.getStatus().editable()) {
            throw new ConflictException("Вложения удаляются у черновика или у практики на доработке");
        }
        em.remove(attachment);
        outbox.enqueue(practice.getId());
        // The file goes only once the row is gone for good: a row without its file would be broken.
        Path file = directory().resolve(attachment.getStorageKey());
        afterCompletion(committed -> {
            if (committed) {
                deleteQuietly(file);
            }
        });
    }

    private void afterCompletion(java.util.function.Consumer<Boolean> action) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                action.accept(status == Status.STATUS_COMMITTED);
            }
        });
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            java.util.logging.Logger.getLogger(PracticeAttachments.class.getName())
                    .warning(() -> "Attachment file " + file + " not deleted: " + e);
        }
    }

    /** The name shown and offered on download: no path, no control characters, the real extension. */
    static String safeName(String fileName, AttachmentType type) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>:|?*]", "_").strip();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        if (base.isBlank()) {
            base = "file";
        }
        int max = PracticeAttachment.FILE_NAME_MAX - type.extension().length();
        return (base.length() > max ? base.substring(0, max) : base) + type.extension();
    }

    private Path directory() {
        Path dir = Path.of(directorySetting.filter(s -> !s.isBlank())
                .orElse(System.getProperty("user.home") + "/.trajectory/attachments"));
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
