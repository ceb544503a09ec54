package ru.trajectory.practices.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

import ru.trajectory.testing.TestPdf;

/**
 * PDF text for the search index, from PDFs this test writes with PDFBox: Latin text in a
 * standard font, Russian text in a TrueType font with Cyrillic (the standard 14 fonts have none).
 */
class AttachmentTextTest {

    @Test
    void latinAndDigitsComeOutOfAStandardFontPdf() throws IOException {
        byte[] pdf = pdf(document -> new PDType1Font(Standard14Fonts.FontName.HELVETICA),
                List.of("Reading strategies 2026", "Lesson plan 7B"));
        String text = AttachmentText.extract(AttachmentType.PDF, pdf);
        assertTrue(text.contains("Reading strategies 2026"), text);
        assertTrue(text.contains("Lesson plan 7B"), text);
    }

    @Test
    void russianWordsComeOutOfAPdfWithAnEmbeddedFont() throws IOException {
        Path font = TestPdf.cyrillicFont();
        byte[] pdf = pdf(document -> PDType0Font.load(document, font.toFile()),
                List.of("Функциональная грамотность", "Смысловое чтение на уроках истории"));
        String text = AttachmentText.extract(AttachmentType.PDF, pdf);
        assertTrue(text.contains("Функциональная грамотность"), text);
        assertTrue(text.contains("Смысловое чтение"), text);
    }

    @Test
    void onlyTheFirstPagesAndCharactersAreRead() throws IOException {
        byte[] pdf = pdf(document -> new PDType1Font(Standard14Fonts.FontName.HELVETICA),
                List.of("first page", "second page", "third page"));
        String twoPages = AttachmentText.pdf(pdf, 2, 1000);
        assertTrue(twoPages.contains("second page"), twoPages);
        assertFalse(twoPages.contains("third"), twoPages);
        assertEquals(5, AttachmentText.pdf(pdf, 10, 5).length());
    }

    @Test
    void brokenAndPasswordProtectedPdfsGiveNoTextAndNoError() throws IOException {
        assertNull(AttachmentText.extract(AttachmentType.PDF, "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
        assertNull(AttachmentText.extract(AttachmentType.PDF,
                "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\ngarbage".getBytes(StandardCharsets.US_ASCII)));
        byte[] valid = pdf(document -> new PDType1Font(Standard14Fonts.FontName.HELVETICA), List.of("secret plan"));
        assertNull(AttachmentText.extract(AttachmentType.PDF, java.util.Arrays.copyOf(valid, valid.length / 2)));

        assertNull(AttachmentText.extract(AttachmentType.PDF, encrypted("user-password")),
                "a PDF that needs a password to open is stored but not searchable");
        String ownerOnly = AttachmentText.extract(AttachmentType.PDF, encrypted(""));
        assertTrue(ownerOnly != null && ownerOnly.contains("secret plan"),
                "a PDF restricted only by an owner password opens without one: " + ownerOnly);
    }

    @Test
    void imagesHaveNoText() {
        assertNull(AttachmentText.extract(AttachmentType.PNG, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}));
    }

    private interface FontChoice {
        PDFont load(PDDocument document) throws IOException;
    }

    /** One page per line of text. */
    private static byte[] pdf(FontChoice fontChoice, List<String> pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDFont font = fontChoice.load(document);
            for (String line : pages) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 12);
                    content.newLineAtOffset(72, 700);
                    content.showText(line);
                    content.endText();
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        }
    }

    private static byte[] encrypted(String userPassword) throws IOException {
        byte[] plain = pdf(document -> new PDType1Font(Standard14Fonts.FontName.HELVETICA), List.of("secret plan"));
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(plain)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-password", userPassword,
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        }
    }
}
