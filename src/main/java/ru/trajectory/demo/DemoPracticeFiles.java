package ru.trajectory.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import ru.trajectory.demo.DemoPracticeCatalogue.FileSpec;

/**
 * The attachment files of the demo practices: small but real PDF, DOCX and PNG files, and where
 * they go on disk.
 *
 * <p>PDFs are drawn with PDFBox in Liberation Sans, the font PDFBox itself ships in its jar for
 * font fallback, so Cyrillic text renders on any machine, fonts installed or not. DOCX files are
 * the minimal valid OOXML package (content types, relationships, {@code word/document.xml}), one
 * paragraph per line, which is exactly what the portal's text extraction reads back. PNGs are bar
 * charts without lettering, encoded without AWT: no font system is needed on a headless server.
 *
 * <p>The files are laid out as {@code PracticeAttachments} stores uploads: the bytes under a key
 * with no extension in the attachments directory, outside any web root. The generator runs
 * outside the server and cannot read its MicroProfile Config, so {@link #directory()} resolves
 * the same setting the way the server and the developer launcher do.
 */
final class DemoPracticeFiles {

    /** Part of every storage key: raise it when the files come out differently, so old ones are not reused. */
    static final int LAYOUT_VERSION = 2;
        /** PDFBox's own fallback font; it has Cyrillic glyphs. */
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 56;
    private static final float TITLE_SIZE = 15;
    private static final float TEXT_SIZE = 11;
    private static final float LEADING = 1.4f;
    /** Fixed entry times keep the DOCX bytes the same on every run. */
    private static final long ZIP_TIME = 1_735_689_600_000L;

    private DemoPracticeFiles() {
    }

    /**
     * The attachments directory: the {@code trajectory.attachments-dir} system property, else
     * {@code <trajectory.home>/attachments} (what the developer launcher hands the server), else the
     * {@code TRAJECTORY_ATTACHMENTS_DIR} environment variable (the config key as MicroProfile Config
     * maps it), else {@code ~/.trajectory/attachments}, the default of both the server's
     * configuration and {@code PracticeAttachments}.
     */
    static Path directory() {
        String explicit = System.getProperty("trajectory.attachments-dir");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String home = System.getProperty("trajectory.home");
        if (home != null && !home.isBlank()) {
            return Path.of(home, "attachments");
        }
        String environment = System.getenv("TRAJECTORY_ATTACHMENTS_DIR");
        if (environment != null && !environment.isBlank()) {
            return Path.of(environment);
        }
        return Path.of(System.getProperty("user.home"), ".trajectory", "attachments");
    }

    /** The bytes of every file, in the given order; the catalogue is the same in every region, so this runs once. */
    static Map<FileSpec, byte[]> render(List<FileSpec> files) {
        Map<FileSpec, byte[]> rendered = new LinkedHashMap<>();
        for (FileSpec file : files) {
            rendered.computeIfAbsent(file, DemoPracticeFiles::render);
        }
        return rendered;
    }

    static byte[] render(FileSpec file) {
        try {
            return switch (file.type()) {
                case PDF -> pdf(file.lines());
                case DOCX -> docx(file.lines());
                case PNG -> png(file.lines());
                default -> throw new IllegalArgumentException("No demo generator for " + file.type());
            };
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make the demo attachment " + file.name(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** Writes the bytes under {@code key}: to a temporary name first, so a reader never sees half a file. */
    static void store(Path directory, String key, byte[] content) throws IOException {
        Path target = directory.resolve(key);
        Path part = directory.resolve(key + ".part");
        Files.write(part, content);
        try {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    // ---------------------------------------------------------------- PDF

    private static byte[] pdf(List<String> lines) throws IOException, NoSuchAlgorithmException {
        try (PDDocument document = new PDDocument(); InputStream fontData = fontData()) {
            PDType0Font font = PDType0Font.load(document, fontData);
            document.getDocumentInformation().setTitle(lines.get(0));
            document.getDocumentInformation().setProducer("Траектория, демонстрационные данные");
            new PdfWriter(document, font).write(lines);
            // PDFBox would make the file identifier from the clock; one from the text keeps the bytes stable.
            COSString id = new COSString(MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)));
            COSArray ids = new COSArray();
            ids.add(id);
            ids.add(id);
            document.getDocument().getTrailer().setItem(COSName.ID, ids);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static InputStream fontData() throws IOException {
        InputStream in = PDDocument.class.getResourceAsStream(FONT);
        if (in == null) {
            throw new IOException("PDFBox lacks its bundled font " + FONT);
        }
        return in;
    }

    /** Lays lines out top to bottom with word wrap, starting a new page when one is full. */
    private static final class PdfWriter {
        private final PDDocument document;
        private final PDType0Font font;
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        private PDPageContentStream stream;
        private float y;

        PdfWriter(PDDocument document, PDType0Font font) {
            this.document = document;
            this.font = font;
        }

        void write(List<String> lines) throws IOException {
            newPage();
            try {
                paragraph(lines.get(0), TITLE_SIZE);
                y -= TEXT_SIZE;
                for (String line : lines.subList(1, lines.size())) {
                    paragraph(line, TEXT_SIZE);
                    y -= TEXT_SIZE * 0.6f;
                }
            } finally {
                stream.close();
            }
        }

        private void paragraph(String text, float size) throws IOException {
            for (String row : wrap(text, size)) {
                if (y - size * LEADING < MARGIN) {
                    stream.close();
                    newPage();
                }
                y -= size * LEADING;
                stream.beginText();
                stream.setFont(font, size);
                stream.newLineAtOffset(MARGIN, y);
                stream.showText(row);
                stream.endText();
            }
        }

        private List<String> wrap(String text, float size) throws IOException {
            List<String> rows = new ArrayList<>();
            StringBuilder row = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = row.isEmpty() ? word : row + " " + word;
                if (!row.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                    rows.add(row.toString());
                    row.setLength(0);
                    row.append(word);
                } else {
                    row.setLength(0);
                    row.append(candidate);
                }
            }
            rows.add(row.toString());
            return rows;
        }

        private void newPage() throws IOException {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }
    }

    // ---------------------------------------------------------------- DOCX

    private static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/word/document.xml" \
            ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
            </Types>""";

    private static final String RELATIONSHIPS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" \
            Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
            Target="word/document.xml"/></Relationships>""";

    private static byte[] docx(List<String> lines) throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
        xml.append("<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val=\"28\"/></w:rPr>")
                .append(run(lines.get(0))).append("</w:r></w:p>");
        for (String line : lines.subList(1, lines.size())) {
            xml.append("<w:p><w:r>").append(run(line)).append("</w:r></w:p>");
        }
        xml.append("<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"850\" "
                + "w:bottom=\"1134\" w:left=\"1701\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/></w:sectPr>"
                + "</w:body></w:document>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            entry(zip, "[Content_Types].xml", CONTENT_TYPES);
            entry(zip, "_rels/.rels", RELATIONSHIPS);
            entry(zip, "word/document.xml", xml.toString());
        }
        return out.toByteArray();
    }

    private static String run(String text) {
        return "<w:t xml:space=\"preserve\">" + text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                + "</w:t>";
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(ZIP_TIME);
        zip.putNextEntry(entry);
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    // ---------------------------------------------------------------- PNG

    private static final int WHITE = 0xFFFFFF;
    private static final int BEFORE = 0x9EB3C8;
    private static final int AFTER = 0x2E7D32;
    private static final int AXIS = 0x424242;
    private static final int GRID = 0xE0E0E0;
    private static final int CHART_WIDTH = 640;
    private static final int CHART_HEIGHT = 400;

    /**
     * A bar chart of «before after» percentage pairs, one pair per line; bars only, no lettering.
     * Drawn into a plain pixel array and encoded by hand (one IDAT chunk, no filtering): AWT and
     * ImageIO would cost a few hundred milliseconds of start-up in a load that is timed.
     */
    private static byte[] png(List<String> lines) throws IOException {
        Canvas canvas = new Canvas(CHART_WIDTH, CHART_HEIGHT);
        int left = 50;
        int right = CHART_WIDTH - 20;
        int top = 30;
        int bottom = CHART_HEIGHT - 40;
        for (int percent = 20; percent <= 100; percent += 20) {
            canvas.fill(left, bottom - (bottom - top) * percent / 100, right - left, 1, GRID);
        }
        int slot = (right - left - 20) / Math.max(1, lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String[] pair = lines.get(i).strip().split("\\s+");
            int x = left + 20 + i * slot;
            int bar = slot / 3;
            int before = (bottom - top) * Integer.parseInt(pair[0]) / 100;
            int after = (bottom - top) * Integer.parseInt(pair[1]) / 100;
            canvas.fill(x, bottom - before, bar, before, BEFORE);
            canvas.fill(x + bar + 4, bottom - after, bar, after, AFTER);
        }
        canvas.fill(left, top, 1, bottom - top, AXIS);
        canvas.fill(left, bottom, right - left, 1, AXIS);
        return canvas.png();
    }

    /** RGB pixels and the few bytes of PNG it takes to write them. */
    private static final class Canvas {
        private final int width;
        private final int height;
        private final int[] pixels;

        Canvas(int width, int height) {
            this.width = width;
            this.height = height;
            this.pixels = new int[width * height];
            Arrays.fill(pixels, WHITE);
        }

        void fill(int x, int y, int w, int h, int rgb) {
            for (int row = Math.max(0, y); row < Math.min(height, y + h); row++) {
                Arrays.fill(pixels, row * width + Math.max(0, x), row * width + Math.min(width, x + w), rgb);
            }
        }

        byte[] png() throws IOException {
            ByteArrayOutputStream raw = new ByteArrayOutputStream(height * (1 + 3 * width));
            for (int row = 0; row < height; row++) {
                raw.write(0);
                for (int col = 0; col < width; col++) {
                    int rgb = pixels[row * width + col];
                    raw.write(rgb >> 16 & 0xFF);
                    raw.write(rgb >> 8 & 0xFF);
                    raw.write(rgb & 0xFF);
                }
            }
            ByteArrayOutputStream deflated = new ByteArrayOutputStream();
            try (DeflaterOutputStream zip = new DeflaterOutputStream(deflated,
                    new Deflater(Deflater.BEST_SPEED))) {
                raw.writeTo(zip);
            }
            ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height)
                    .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
            chunk(out, "IHDR", header.array());
            chunk(out, "IDAT", deflated.toByteArray());
            chunk(out, "IEND", new byte[0]);
            return out.toByteArray();
        }

        private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
            byte[] name = type.getBytes(StandardCharsets.US_ASCII);
            CRC32 crc = new CRC32();
            crc.update(name);
            crc.update(data);
            out.write(ByteBuffer.allocate(4).putInt(data.length).array());
            out.write(name);
            out.write(data);
            out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        }
    }
}
