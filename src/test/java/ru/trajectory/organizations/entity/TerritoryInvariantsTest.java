package ru.trajectory.organizations.entity;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TerritoryInvariantsTest {

    @Test
    void programYearStartsOnTheFirstOfSeptember() {
        assertEquals(2026, ProgramYear.of(LocalDate.of(2026, 9, 1)));
        assertEquals(2025, ProgramYear.of(LocalDate.of(2026, 8, 31)));
        assertEquals(2026, ProgramYear.of(LocalDate.of(2027, 5, 20)));
        assertEquals("2026/27", ProgramYear.label(2026));
        assertEquals("2099/00", ProgramYear.label(2099));
    }

    @Test
    void aHighResultSchoolIsNotAlsoLowResultOrAdverse() {
        ProgramYearStatus status = new ProgramYearStatus(1, 2026);
        assertThrows(IllegalArgumentException.class, () -> status.setFlags(true, false, true));
        assertThrows(IllegalArgumentException.class, () -> status.setFlags(false, true, true));
        status.setFlags(true, true, false);
        assertTrue(status.isLowResults() && status.isAdverseConditions());
    }

    @Test
    void aPersonAtASchoolBelongsToItsMunicipalityAndRegion() {
        Region region = new Region("SO", "Северо-Озёрская область");
        Municipality m = new Municipality(region, "Городской округ Озёрск");
        School school = new School(m, "МБОУ «СОШ № 3»", Settlement.CITY);
        Person p = new Person(" Иванова ", "Мария", "", Position.TEACHER);
        p.workAt(school);
        assertEquals(m, p.getMunicipality());
        assertEquals(region, p.getRegion());
        assertEquals("Иванова Мария", p.getFullName());
        assertEquals("Иванова М.", p.getShortName());
        p.setExperienceYears(2);
        assertTrue(p.isYoungSpecialist());
        p.setExperienceYears(3);
        assertFalse(p.isYoungSpecialist());
        assertThrows(IllegalArgumentException.class, () -> p.setExperienceYears(-1));
        assertThrows(IllegalArgumentException.class, () -> new Person(" ", "Мария", null, Position.TEACHER));
    }

    @Test
    void anAgreementCannotEndBeforeItStarts() {
        Region region = new Region("SO", "Северо-Озёрская область");
        Municipality m = new Municipality(region, "Городской округ Озёрск");
        School a = new School(m, "Школа А", Settlement.CITY);
        School b = new School(m, "Школа Б", Settlement.RURAL);
        assertThrows(IllegalArgumentException.class, () -> new Partnership(a, b, "№ 1",
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 8, 31)));
        Partnership p = new Partnership(a, b, "№ 1", LocalDate.of(2026, 9, 1), LocalDate.of(2027, 8, 31));
        assertTrue(p.isActiveOn(LocalDate.of(2027, 1, 15)));
        assertFalse(p.isActiveOn(LocalDate.of(2027, 9, 1)));
    }
}
