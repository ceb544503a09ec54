package ru.trajectory.practices.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

class AttachmentTypeTest {

    private static byte[] zip(String part, String xml) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(part));
            zip.write(xml.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    @Test
    void typesAreRecognisedByContent() throws IOException {
        assertEquals(Optional.of(AttachmentType.PDF), AttachmentType.detect("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.of(AttachmentType.PNG), AttachmentType.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}));
        assertEquals(Optional.of(AttachmentType.JPEG), AttachmentType.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0, 0, 0}));
        assertEquals(Optional.of(AttachmentType.DOCX), AttachmentType.detect(zip("word/document.xml", "<d/>")));
        assertEquals(Optional.of(AttachmentType.PPTX), AttachmentType.detect(zip("ppt/presentation.xml", "<p/>")));
    }

    @Test
    void aFileThatLiesAboutItsTypeIsRefused() throws IOException {
        assertTrue(AttachmentType.detect("MZ\u0090\0 this is an exe".getBytes(StandardCharsets.ISO_8859_1)).isEmpty());
        assertTrue(AttachmentType.detect("<html><script>".getBytes(StandardCharsets.UTF_8)).isEmpty());
        assertTrue(AttachmentType.detect(zip("payload.sh", "rm -rf")).isEmpty(), "a plain ZIP is not DOCX");
        assertTrue(AttachmentType.detect(new byte[0]).isEmpty());
        assertTrue(AttachmentType.detect(null).isEmpty());
    }

    @Test
    void docxTextIsExtractedForSearch() throws IOException {
        byte[] docx = zip("word/document.xml", "<w:document xmlns:w=\"w\"><w:body><w:p><w:r><w:t>Функциональная</w:t>"
                + "</w:r><w:r><w:t xml:space=\"preserve\"> грамотность</w:t></w:r></w:p><w:p><w:r><w:t>ОВЗ</w:t></w:r>"
                + "</w:p></w:body></w:document>");
        assertEquals("Функциональная грамотность\nОВЗ", AttachmentText.extract(AttachmentType.DOCX, docx));
    }

    @Test
    void namesLoseTheirPathAndGetTheRealExtension() {
        assertEquals("план.pdf", PracticeAttachments.safeName("C:\\Users\\x\\план.exe", AttachmentType.PDF));
        assertEquals("file.png", PracticeAttachments.safeName("../../", AttachmentType.PNG));
        assertEquals("a_b.docx", PracticeAttachments.safeName("a\"b.docx", AttachmentType.DOCX));
    }
}
