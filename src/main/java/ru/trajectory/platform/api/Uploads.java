package ru.trajectory.platform.api;

import java.io.IOException;
import java.io.InputStream;

import ru.trajectory.platform.errors.ValidationFailure;
import ru.trajectory.platform.importing.TabularFile;

/** The common parts of the bulk-import endpoints: the size-limited body and the {@code partial} flag. */
public final class Uploads {

    private Uploads() {
    }

    /**
     * The body up to the import size limit. Read from a stream, because a byte[] parameter
     * would hold an upload of any size in memory before the limit could refuse it.
     */
    public static byte[] read(InputStream body) throws IOException {
        byte[] content = body == null ? new byte[0] : body.readNBytes(TabularFile.MAX_BYTES + 1);
        if (content.length > TabularFile.MAX_BYTES) {
            throw ValidationFailure.of("file", "Файл больше " + TabularFile.MAX_BYTES / (1024 * 1024) + " МБ");
        }
        return content;
    }

    /** {@code ?partial=true}: keep the good rows of a file that has refused ones. */
    public static boolean partial(String value) {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        throw ValidationFailure.of("partial", "Параметр partial — true или false");
    }
}
