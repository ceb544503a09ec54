package ru.trajectory.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Real PDFs for tests, written with PDFBox. Russian text needs a TrueType font with Cyrillic
 * (PDF's standard fonts have none); {@code .ci/run} installs {@code fonts-dejavu-core}, so a
 * missing font fails the test with that advice instead of quietly skipping it.
 */
public final class TestPdf {

    private static final Path FONTS = Path.of("/usr/share/fonts");
    private static final List<String> CYRILLIC_FONTS = List.of("DejaVuSans.ttf", "LiberationSans-Regular.ttf",
            "NotoSans-Regular.ttf", "FreeSans.ttf");

    private TestPdf() {
    }

    public static Path cyrillicFont() {
        try {
            for (String name : CYRILLIC_FONTS) {
                Optional<Path> found = find(name);
                if (found.isPresent()) {
                    return found.get();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("No TrueType font with Cyrillic under " + FONTS
                + ": install fonts-dejavu-core (.ci/run does)");
    }

    /** A one-page PDF with the lines, in a font that writes Russian and Latin alike. */
    public static byte[] page(String... lines) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(PDType0Font.load(document, cyrillicFont().toFile()), 12);
                content.newLineAtOffset(50, 700);
                for (String line : lines) {
                    content.showText(line);
                    content.newLineAtOffset(0, -20);
                }
                content.endText();
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Path> find(String name) throws IOException {
        if (!Files.isDirectory(FONTS)) {
            return Optional.empty();
        }
        try (Stream<Path> walk = Files.walk(FONTS)) {
            return walk.filter(p -> p.getFileName().toString().equals(name)).findFirst();
        }
    }
}
