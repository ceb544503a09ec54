package ru.trajectory.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import ru.trajectory.platform.errors.FieldError;
import ru.trajectory.platform.errors.ValidationFailure;

class PageRequestTest {

    @Test
    void absentParametersGiveTheFirstPageOfDefaultSize() {
        PageRequest p = PageRequest.of(null, " ");
        assertEquals(0, p.page());
        assertEquals(PageRequest.DEFAULT_SIZE, p.size());
        assertEquals(0, p.first());
    }

    @Test
    void firstIsPageTimesSize() {
        PageRequest p = PageRequest.of("3", "200");
        assertEquals(600, p.first());
    }

    @Test
    void sizeAboveTheMaximumIsRefusedWithARussianMessage() {
        ValidationFailure e = assertThrows(ValidationFailure.class, () -> PageRequest.of("0", "500"));
        assertEquals(List.of(new FieldError("size", "Размер страницы — от 1 до 200")), e.getErrors());
    }

    @Test
    void zeroSizeAndNegativePageAreBothReported() {
        ValidationFailure e = assertThrows(ValidationFailure.class, () -> PageRequest.of("-1", "0"));
        assertEquals(List.of("page", "size"), e.getErrors().stream().map(FieldError::field).toList());
    }

    @Test
    void textThatIsNotANumberIsA400NotA404() {
        ValidationFailure e = assertThrows(ValidationFailure.class, () -> PageRequest.of("first", "ten"));
        assertEquals(2, e.getErrors().size());
        assertEquals("Номер страницы — целое число от 0", e.getErrors().get(0).message());
    }

    @Test
    void aPageFarBeyondIntRangeIsRefusedRatherThanOverflowing() {
        ValidationFailure e = assertThrows(ValidationFailure.class, () -> PageRequest.of("2000000000", "200"));
        assertEquals("page", e.getErrors().get(0).field());
    }

    @Test
    void sliceCutsAnInMemoryListAndKeepsItsTotal() {
        Page<Integer> page = PageRequest.of("1", "2").slice(List.of(1, 2, 3, 4, 5));
        assertEquals(List.of(3, 4), page.getItems());
        assertEquals(5, page.getTotal());
        Page<Integer> beyond = PageRequest.of("9", "2").slice(List.of(1, 2, 3));
        assertEquals(List.of(), beyond.getItems());
        assertEquals(3, beyond.getTotal());
    }
}
