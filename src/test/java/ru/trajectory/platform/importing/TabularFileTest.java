package ru.trajectory.platform.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

import ru.trajectory.platform.errors.ValidationFailure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TabularFileTest {

    @Test
    void readsSemicolonCsvWithBomAndQuotes() {
        byte[] csv = ("\uFEFFlogin;lastName;subjects\n"
                + "ivanova;Иванова;\"Математика; Физика\"\n"
                + "\n"
                + "petrov;Петров;\n").getBytes(StandardCharsets.UTF_8);
        TabularFile file = TabularFile.read(csv);
        assertEquals(java.util.List.of("login", "lastname", "subjects"), file.columns());
        assertEquals(2, file.rows().size());
        TabularRow first = file.rows().get(0);
        assertEquals(2, first.number(), "header is line 1");
        assertEquals("Иванова", first.get("lastName"));
        assertEquals("Математика; Физика", first.get("subjects"));
        assertNull(file.rows().get(1).get("subjects"), "an empty cell reads as absent");
        assertEquals(4, file.rows().get(1).number(), "numbers follow the file's lines");
    }

    @Test
    void readsCommaCsv() {
        TabularFile file = TabularFile.read("login,lastName\nivanova,Иванова\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("ivanova", file.rows().get(0).get("login"));
    }

    @Test
    void readsTheFirstSheetOfAnXlsxWithNumbersAsWritten() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "test", "1.0")) {
            Worksheet ws = wb.newWorksheet("Сотрудники");
            ws.value(0, 0, "login");
            ws.value(0, 1, "schoolId");
            ws.value(1, 0, "sidorova");
            ws.value(1, 1, 12);
        }
        TabularFile file = TabularFile.read(out.toByteArray());
        assertEquals("12", file.rows().get(0).get("schoolId"));
        assertEquals("sidorova", file.rows().get(0).get("login"));
    }

    @Test
    void refusesNonUtf8EmptyAndBrokenFilesInRussian() {
        ValidationFailure cp1251 = assertThrows(ValidationFailure.class,
                () -> TabularFile.read("login;lastName\nivanova;Иванова\n".getBytes(Charset.forName("windows-1251"))));
        assertTrue(cp1251.getMessage().contains("UTF-8"), cp1251.getMessage());
        assertThrows(ValidationFailure.class, () -> TabularFile.read(new byte[0]));
        ValidationFailure zip = assertThrows(ValidationFailure.class,
                () -> TabularFile.read(new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6}));
        assertTrue(zip.getMessage().contains("XLSX"), zip.getMessage());
        ValidationFailure quotes = assertThrows(ValidationFailure.class,
                () -> TabularFile.read("login;lastName\n\"ivanova;Иванова\n".getBytes(StandardCharsets.UTF_8)));
        assertTrue(quotes.getMessage().matches(".*[А-Яа-я].*"));
    }

    @Test
    void namesMissingRequiredColumns() {
        TabularFile file = TabularFile.read("login;lastName\nivanova;Иванова\n".getBytes(StandardCharsets.UTF_8));
        ValidationFailure e = assertThrows(ValidationFailure.class, () -> file.requireColumns("login", "schoolId"));
        assertTrue(e.getMessage().contains("schoolId"), e.getMessage());
    }
}
