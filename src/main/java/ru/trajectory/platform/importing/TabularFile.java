package ru.trajectory.platform.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import ru.trajectory.platform.errors.ValidationFailure;

/**
 * A bulk-import file read into rows: CSV (UTF-8, ';' or ',' separated, header row) or the
 * first sheet of an XLSX workbook, told apart by content, not by name. Column names are
 * matched case-insensitively. Any malformed file is refused as a whole with a Russian message.
 */
public final class TabularFile {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_ROWS = 50_000;

    private final List<String> columns;
    private final List<TabularRow> rows;

    private TabularFile(List<String> columns, List<TabularRow> rows) {
        this.columns = columns;
        this.rows = rows;
    }

    public static TabularFile read(byte[] content) {
        if (content == null || content.length == 0) {
            throw ValidationFailure.of("file", "Файл пуст");
        }
        if (content.length > MAX_BYTES) {
            throw ValidationFailure.of("file", "Файл больше " + MAX_BYTES / (1024 * 1024) + " МБ");
        }
        return isZip(content) ? readXlsx(content) : readCsv(content);
    }

    public List<String> columns() {
        return columns;
    }

    public List<TabularRow> rows() {
        return rows;
    }

    /** Refuses the file when a required column is missing. */
    public void requireColumns(String... required) {
        List<String> missing = new ArrayList<>();
        for (String r : required) {
            if (!columns.contains(r.toLowerCase(Locale.ROOT))) {
                missing.add(r);
            }
        }
        if (!missing.isEmpty()) {
            throw ValidationFailure.of("file", "В первой строке файла нет столбцов: " + String.join(", ", missing));
        }
    }

    private static boolean isZip(byte[] c) {
        return c.length > 4 && c[0] == 'P' && c[1] == 'K' && c[2] == 3 && c[3] == 4;
    }

    private static TabularFile readCsv(byte[] content) {
        String text = decodeUtf8(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int lineEnd = text.indexOf('\n');
        String header = lineEnd < 0 ? text : text.substring(0, lineEnd);
        char delimiter = count(header, ';') >= count(header, ',') && count(header, ';') > 0 ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> columns = null;
            List<TabularRow> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                List<String> values = new ArrayList<>();
                record.forEach(values::add);
                if (columns == null) {
                    columns = normalizeHeader(values);
                    continue;
                }
                addRow(rows, columns, values, lineOf(text, record.getCharacterPosition()));
            }
            if (columns == null) {
                throw ValidationFailure.of("file", "В файле нет строки заголовков");
            }
            return new TabularFile(columns, rows);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw ValidationFailure.of("file", "Файл CSV повреждён: проверьте кавычки и разделители");
        }
    }

    private static TabularFile readXlsx(byte[] content) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content))) {
            Optional<Sheet> first = workbook.getFirstSheet() == null ? Optional.empty()
                    : Optional.of(workbook.getFirstSheet());
            if (first.isEmpty()) {
                throw ValidationFailure.of("file", "В книге XLSX нет листов");
            }
            List<String> columns = null;
            List<TabularRow> rows = new ArrayList<>();
            try (var stream = first.get().openStream()) {
                for (Row row : (Iterable<Row>) stream::iterator) {
                    List<String> values = new ArrayList<>();
                    for (int i = 0; i < row.getCellCount(); i++) {
                        values.add(text(row.getCell(i)));
                    }
                    if (values.stream().allMatch(String::isEmpty)) {
                        continue;
                    }
                    if (columns == null) {
                        columns = normalizeHeader(values);
                        continue;
                    }
                    addRow(rows, columns, values, row.getRowNum());
                }
            }
            if (columns == null) {
                throw ValidationFailure.of("file", "На первом листе нет строки заголовков");
            }
            return new TabularFile(columns, rows);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ValidationFailure v) {
                throw v;
            }
            throw ValidationFailure.of("file", "Файл XLSX повреждён или это не книга Excel");
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case NUMBER -> {
                BigDecimal n = cell.asNumber();
                yield n == null ? "" : n.stripTrailingZeros().toPlainString();
            }
            case EMPTY -> "";
            default -> cell.getText() == null ? "" : cell.getText().strip();
        };
    }

    private static void addRow(List<TabularRow> rows, List<String> columns, List<String> values, int number) {
        if (rows.size() >= MAX_ROWS) {
            throw ValidationFailure.of("file", "В файле больше " + MAX_ROWS + " строк");
        }
        Map<String, String> byColumn = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            byColumn.put(columns.get(i), i < values.size() ? values.get(i).strip() : "");
        }
        rows.add(new TabularRow(number, byColumn));
    }

    private static List<String> normalizeHeader(List<String> values) {
        return values.stream().map(v -> v.strip().toLowerCase(Locale.ROOT)).toList();
    }

    private static String decodeUtf8(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw ValidationFailure.of("file", "Файл не в кодировке UTF-8: сохраните его как «CSV UTF-8»");
        }
    }

    /** The 1-based line where a record starts, as a spreadsheet or text editor shows it. */
    private static int lineOf(String text, long start) {
        long offset = start;
        // A record after skipped empty lines starts at those line breaks; its own line is after them.
        while (offset < text.length() && (text.charAt((int) offset) == '\n' || text.charAt((int) offset) == '\r')) {
            offset++;
        }
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(ch -> ch == c).count();
    }
}
