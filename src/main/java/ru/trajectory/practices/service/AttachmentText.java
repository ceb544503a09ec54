package ru.trajectory.practices.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Text of DOCX, PPTX and PDF attachments for the search index. Office files are read from their
 * XML parts with StAX (no external entities, no DTDs), bounded in characters and in bytes read,
 * so a zip bomb costs at most a few megabytes. PDFs are read with PDFBox, bounded in pages, in
 * characters and in the memory its stream cache may take. Images have no text.
 *
 * <p>Extraction never refuses an attachment: the type was already decided from the content, and
 * a file that is damaged, password-protected or made only of scanned images is stored and
 * served like any other, it is just not found by its words ({@code null} text). A PDF protected
 * only by an owner password (printing or copying restricted) opens without one and is indexed:
 * its author uploaded it to be read.
 */
final class AttachmentText {

    static final int MAX_CHARS = 500_000;
    /** A methodical handout is tens of pages; past this a PDF is a book and its start says enough. */
    static final int MAX_PDF_PAGES = 300;
    private static final long MAX_XML_BYTES = 50L * 1024 * 1024;
    /** For objects PDFBox creates while parsing (beyond the upload itself); more means a hostile file. */
    private static final long MAX_PDF_CACHE_BYTES = 64L * 1024 * 1024;

    private AttachmentText() {
    }

    static String extract(AttachmentType type, byte[] content) {
        if (type == AttachmentType.PDF) {
            return pdf(content, MAX_PDF_PAGES, MAX_CHARS);
        }
        if (type != AttachmentType.DOCX && type != AttachmentType.PPTX) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        long budget = MAX_XML_BYTES;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null && text.length() < MAX_CHARS && budget > 0) {
                String name = entry.getName();
                boolean part = type == AttachmentType.DOCX ? name.equals("word/document.xml")
                        : name.startsWith("ppt/slides/slide") && name.endsWith(".xml");
                if (part) {
                    BoundedStream bounded = new BoundedStream(zip, budget);
                    readText(bounded, text);
                    budget -= bounded.read;
                }
            }
        } catch (IOException | XMLStreamException | IllegalArgumentException e) {
            // A damaged document still attaches; it is only left out of the search.
        }
        String result = text.toString().strip();
        return result.isEmpty() ? null : result.length() > MAX_CHARS ? result.substring(0, MAX_CHARS) : result;
    }

    /**
     * The text of the first {@code maxPages} pages, page by page so that extraction stops as soon
     * as {@code maxChars} are collected; null when there is none or the file cannot be read.
     */
    static String pdf(byte[] content, int maxPages, int maxChars) {
        StringBuilder text = new StringBuilder();
        try (PDDocument document = Loader.loadPDF(content, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(MAX_PDF_CACHE_BYTES).streamCache)) {
            int pages = Math.min(document.getNumberOfPages(), maxPages);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int page = 1; page <= pages && text.length() < maxChars; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                text.append(stripper.getText(document));
            }
        } catch (IOException | RuntimeException e) {
            // Encrypted with a user password (InvalidPasswordException), damaged or hostile: the
            // attachment is kept, only unsearchable; what was read before a late failure is lost on
            // purpose, since a half-parsed document may yield garbage.
            return null;
        }
        String result = text.toString().strip();
        return result.isEmpty() ? null : result.length() > maxChars ? result.substring(0, maxChars) : result;
    }

    /** Collects the text runs ({@code w:t}, {@code a:t}); paragraphs become line breaks. */
    private static void readText(InputStream in, StringBuilder text) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader xml = factory.createXMLStreamReader(in);
        try {
            boolean inText = false;
            while (xml.hasNext() && text.length() < MAX_CHARS) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    inText = "t".equals(xml.getLocalName());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if ("p".equals(xml.getLocalName())) {
                        text.append('\n');
                    }
                    inText = false;
                } else if (inText && event == XMLStreamConstants.CHARACTERS) {
                    text.append(xml.getText());
                }
            }
        } finally {
            xml.close();
        }
    }

    /** Stops reading a part after the remaining budget, and leaves the ZIP stream open. */
    private static final class BoundedStream extends InputStream {
        private final InputStream in;
        private final long limit;
        long read;

        BoundedStream(InputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            if (read >= limit) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                read++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (read >= limit) {
                return -1;
            }
            int n = in.read(buffer, offset, (int) Math.min(length, limit - read));
            if (n > 0) {
                read += n;
            }
            return n;
        }

        @Override
        public void close() {
            // The ZIP stream belongs to the caller.
        }
    }
}
