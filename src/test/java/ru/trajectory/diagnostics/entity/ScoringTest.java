package ru.trajectory.diagnostics.entity;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scoring rules of instruments, on entities built in memory. */
class ScoringTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    private final CompetencyFramework framework = framework();
    private final Competency met = framework.competency("MET-02");
    private final Competency fg = framework.competency("FG-02");
    private long ids = 1;

    @Test
    void allRightIsProficientAndAllWrongIsDeficit() {
        Instrument test = test();
        Item a = single(test, met, "1", "1", "0", "0");
        Item b = single(test, met, "1", "0", "1", "0");
        assertEquals(List.of(new BigDecimal("100.00"), Level.PROFICIENT),
                level(test, Map.of(a.getId(), Set.of(opt(a, 0)), b.getId(), Set.of(opt(b, 1)))));
        assertEquals(List.of(new BigDecimal("0.00"), Level.DEFICIT),
                level(test, Map.of(a.getId(), Set.of(opt(a, 1)), b.getId(), Set.of(opt(b, 0)))));
        assertEquals(List.of(new BigDecimal("0.00"), Level.DEFICIT), level(test, Map.of()), "unanswered earns nothing");
    }

    @Test
    void multipleChoiceGivesPartialCreditAndPenalisesWrongPicks() {
        Instrument test = test();
        Item m = multiple(test, met, "1", "1", "1", "1", "-1");
        assertEquals(new BigDecimal("0.666667"), m.credit(Set.of(opt(m, 0), opt(m, 1)), null));
        assertEquals(new BigDecimal("0.333333"), m.credit(Set.of(opt(m, 0), opt(m, 1), opt(m, 3)), null));
        assertEquals(BigDecimal.ZERO, m.credit(Set.of(opt(m, 3)), null), "never below zero");
        assertEquals(new BigDecimal("1.000000"), m.credit(Set.of(opt(m, 0), opt(m, 1), opt(m, 2)), null));
    }

    @Test
    void weightsDecideTheCompetencyPercent() {
        Instrument test = test();
        Item heavy = single(test, met, "3", "1", "0");
        Item light = single(test, met, "1", "1", "0");
        List<CompetencyScore> scores = test.score(Map.of(heavy.getId(), Set.of(opt(heavy, 0)),
                light.getId(), Set.of(opt(light, 1))), Map.of());
        assertEquals(new BigDecimal("75.00"), scores.get(0).percent(), "3 of 4 weight units");
        assertEquals(Level.PARTIAL, scores.get(0).level());
    }

    @Test
    void thresholdsPerInstrumentMoveTheLevels() {
        Instrument test = test();
        Item a = single(test, fg, "1", "1", "0");
        Item b = single(test, fg, "1", "1", "0");
        Item c = single(test, fg, "1", "1", "0");
        Map<Long, Set<Long>> twoOfThree = Map.of(a.getId(), Set.of(opt(a, 0)), b.getId(), Set.of(opt(b, 0)),
                c.getId(), Set.of(opt(c, 1)));
        assertEquals(Level.PARTIAL, test.score(twoOfThree, Map.of()).get(0).level(), "66.67 % with 60/80");
        test.setThreshold("FG-02", new BigDecimal("70"), new BigDecimal("90"));
        assertEquals(Level.DEFICIT, test.score(twoOfThree, Map.of()).get(0).level(), "66.67 % with 70/90");
        assertThrows(IllegalArgumentException.class, () -> test.setThreshold("FG-02", new BigDecimal("90"), new BigDecimal("70")));
    }

    @Test
    void selfAssessmentScaleMapsOneToFiveOntoZeroToHundred() {
        Instrument self = new Instrument("SELF", 1, "Самооценка", InstrumentKind.SELF_ASSESSMENT, framework, 1, NOW);
        Item a = withId(self.addItem("Владею", ItemKind.SCALE, fg, BigDecimal.ONE));
        Item b = withId(self.addItem("Применяю", ItemKind.SCALE, fg, BigDecimal.ONE));
        List<CompetencyScore> scores = self.score(Map.of(), Map.of(a.getId(), 5, b.getId(), 3));
        assertEquals(new BigDecimal("75.00"), scores.get(0).percent());
        assertThrows(IllegalArgumentException.class, () -> self.addItem("x", ItemKind.SINGLE, fg, BigDecimal.ONE));
    }

    @Test
    void aPublishedInstrumentIsFrozenAndItsNextVersionCopiesIt() {
        Instrument test = test();
        single(test, met, "1", "1", "0");
        test.setThreshold("MET-02", new BigDecimal("50"), new BigDecimal("70"));
        assertTrue(test.publicationProblems().isEmpty());
        test.publish(NOW);
        assertThrows(IllegalStateException.class, () -> test.addItem("x", ItemKind.SINGLE, met, BigDecimal.ONE));
        Instrument next = test.nextVersion(2, NOW);
        assertEquals(Lifecycle.DRAFT, next.getStatus());
        assertEquals(2, next.getVersion());
        assertEquals(1, next.getItems().size());
        assertEquals(2, next.getItems().get(0).getOptions().size());
        assertEquals(new BigDecimal("50"), next.thresholdFor("MET-02").getDeficitBelow());
    }

    @Test
    void anInstrumentWithoutItemsOrCorrectOptionsCannotBePublished() {
        Instrument empty = test();
        assertEquals(List.of("В диагностике нет ни одного задания"), empty.publicationProblems());
        assertThrows(IllegalStateException.class, () -> empty.publish(NOW));
        Instrument noCorrect = test();
        single(noCorrect, met, "1", "0", "0");
        assertTrue(noCorrect.publicationProblems().get(0).contains("верный"));
    }

    @Test
    void aTestOutranksAnExternalResultWhichOutranksASelfAssessment() {
        Evidence oldTest = evidence("MET-02", "40", EvidenceSource.TEST, "2025-10-01T10:00:00Z", 1L);
        Evidence newerExternal = evidence("MET-02", "90", EvidenceSource.EXTERNAL, "2026-03-01T00:00:00Z", null);
        Evidence newestSelf = evidence("MET-02", "95", EvidenceSource.SELF_ASSESSMENT, "2026-10-01T10:00:00Z", 3L);
        assertEquals(oldTest, Evidence.decisive(List.of(newestSelf, newerExternal, oldTest)).orElseThrow());
        assertEquals(newerExternal, Evidence.decisive(List.of(newestSelf, newerExternal)).orElseThrow());
        Evidence laterTest = evidence("MET-02", "85", EvidenceSource.TEST, "2026-05-01T10:00:00Z", 4L);
        assertEquals(laterTest, Evidence.decisivePerCompetency(List.of(oldTest, laterTest, newestSelf)).get("MET-02"));
    }

    private static Evidence evidence(String code, String percent, EvidenceSource source, String at, Long attempt) {
        BigDecimal p = new BigDecimal(percent);
        return new Evidence(code, p, Level.byDefault(p), source, Instant.parse(at), attempt,
                attempt == null ? 7L : null);
    }

    private List<Object> level(Instrument test, Map<Long, Set<Long>> chosen) {
        CompetencyScore s = test.score(chosen, Map.of()).get(0);
        return List.of(s.percent(), s.level());
    }

    private Instrument test() {
        return new Instrument("T" + ids++, 1, "Тест", InstrumentKind.TEST, framework, 1, NOW);
    }

    /** An item with the given weight and one option per score. */
    private Item single(Instrument test, Competency c, String weight, String... scores) {
        return withOptions(withId(test.addItem("Вопрос", ItemKind.SINGLE, c, new BigDecimal(weight))), scores);
    }

    private Item multiple(Instrument test, Competency c, String weight, String... scores) {
        return withOptions(withId(test.addItem("Вопрос", ItemKind.MULTIPLE, c, new BigDecimal(weight))), scores);
    }

    private Item withOptions(Item item, String... scores) {
        for (String s : scores) {
            withId(item.addOption("Вариант", new BigDecimal(s)));
        }
        return item;
    }

    private static long opt(Item item, int index) {
        return item.getOptions().get(index).getId();
    }

    private <T> T withId(T entity) {
        try {
            Field id = entity.getClass().getDeclaredField("id");
            id.setAccessible(true);
            id.set(entity, ids++);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CompetencyFramework framework() {
        CompetencyFramework f = new CompetencyFramework("PEDAGOG", 1, "Педагог", NOW);
        CompetencyArea methodical = f.addArea("METHODICAL", "Методические");
        CompetencyArea literacy = f.addArea("FUNCTIONAL_LITERACY", "Функциональная грамотность");
        f.addCompetency(methodical, "MET-02", "Формирующее оценивание", null, null);
        f.addCompetency(literacy, "FG-02", "Математическая грамотность", null, null);
        return f;
    }
}
