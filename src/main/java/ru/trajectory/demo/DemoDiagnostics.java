package ru.trajectory.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import ru.trajectory.demo.DemoRegionGenerator.Batch;
import ru.trajectory.demo.DemoRegionModel.Flags;
import ru.trajectory.demo.DemoRegionModel.Person;
import ru.trajectory.demo.DemoRegionModel.PlannedAccount;
import ru.trajectory.demo.DemoRegionModel.Region;
import ru.trajectory.demo.DemoRegionModel.School;
import ru.trajectory.diagnostics.entity.Evidence;
import ru.trajectory.diagnostics.entity.EvidenceSource;
import ru.trajectory.diagnostics.entity.InstrumentKind;
import ru.trajectory.diagnostics.entity.ItemKind;
import ru.trajectory.diagnostics.entity.Level;
import ru.trajectory.organizations.entity.Position;
import ru.trajectory.organizations.entity.QualificationCategory;

/**
 * The diagnostics part of the demo data: three published instruments per region on the seeded
 * «Педагог» framework, and finished attempts of school staff with their answers, results,
 * deficit profiles ({@code competency_level}) and deficit history, so that the demo teacher
 * has deficits and the heat maps show a plausible picture (ШНОР worse than high-result schools,
 * some deficits of the previous program year already closed).
 *
 * <p>Everything is planned per person from a random stream seeded by the person's planned id,
 * so the same scale always gives the same rows whatever order schools are written in. Results
 * are computed from the chosen answers by the same arithmetic as
 * {@code Instrument.score} and {@code Item.credit}, and the profile and its history replay the
 * attempts in time order by the rule of {@code DeficitProfiles.recompute} (decisive evidence
 * per competency via {@link Evidence#decisivePerCompetency}); {@code DemoDiagnosticsTest} checks
 * the stored results against the entities' scoring. The entities themselves are not used here:
 * their ids come from JPA, and at country scale the planning must stay allocation-light.
 */
final class DemoDiagnostics {

    static final String MATH_TEST = "DEMO-MATH-METHOD";
    static final String FORMATIVE_TEST = "DEMO-FORMATIVE";
    static final String FG_SELF = "DEMO-FG-SELF";

    private static final Logger LOG = Logger.getLogger(DemoDiagnostics.class.getName());

    private static final BigDecimal ONE = BigDecimal.ONE;
    private static final BigDecimal ZERO = BigDecimal.ZERO;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Same precision as {@code Item.FRACTION_SCALE}. */
    private static final int FRACTION_SCALE = 6;

    private static final long DIAGNOSTICS_SALT = 0x5DEECE66DL;

    /** Program year 2025 (school year 2025/26): the first round of diagnostics. */
    private static final LocalDate PREVIOUS_FROM = LocalDate.of(2025, 10, 1);
    private static final LocalDate PREVIOUS_TO = LocalDate.of(2026, 4, 30);
    /** Program year 2026 (school year 2026/27): the autumn round, finished before the demo's "today". */
    private static final LocalDate CURRENT_FROM = LocalDate.of(2026, 9, 14);
    private static final LocalDate CURRENT_TO = LocalDate.of(2026, 11, 13);
    private static final Instant CREATED_AT = LocalDate.of(2025, 9, 1).atTime(7, 0).toInstant(ZoneOffset.UTC);
    private static final Instant PUBLISHED_AT = LocalDate.of(2025, 9, 15).atTime(8, 30).toInstant(ZoneOffset.UTC);

    /** How much harder (negative) or easier a competency is than a person's overall level. */
    private static final Map<String, Double> DIFFICULTY = Map.ofEntries(
            Map.entry("SUB-MATH-01", 0.08), Map.entry("SUB-MATH-02", 0.0), Map.entry("SUB-MATH-03", -0.04),
            Map.entry("MET-01", 0.03), Map.entry("MET-02", -0.06), Map.entry("MET-03", -0.07),
            Map.entry("COM-02", 0.06), Map.entry("DIG-02", -0.08),
            Map.entry("FG-01", 0.02), Map.entry("FG-02", -0.04), Map.entry("FG-03", -0.06), Map.entry("FG-04", -0.12));
    /** The codes above in a fixed order, so every person draws from their stream the same way. */
    private static final List<String> DRAW_ORDER = DIFFICULTY.keySet().stream().sorted().toList();

    private DemoDiagnostics() {
    }

    // ---------------------------------------------------------------- instruments

    record OptionSpec(String text, BigDecimal score) {
    }

    record ItemSpec(String competency, int weight, ItemKind kind, String text, List<OptionSpec> options) {

        BigDecimal weightValue() {
            return BigDecimal.valueOf(weight);
        }
    }

    /** Per-competency levels of one instrument: deficit below, proficient from. */
    record ThresholdSpec(String competency, BigDecimal deficitBelow, BigDecimal proficientFrom) {
    }

    record InstrumentSpec(String code, String title, String description, InstrumentKind kind, Integer timeLimitMinutes,
                          int itemsPerPage, String audiencePositions, String audienceSubjects, List<ItemSpec> items,
                          List<ThresholdSpec> thresholds) {

        int optionCount() {
            return items.stream().mapToInt(i -> i.options().size()).sum();
        }

        ThresholdSpec threshold(String competency) {
            return thresholds.stream().filter(t -> t.competency().equals(competency)).findFirst()
                    .orElseGet(() -> new ThresholdSpec(competency, Level.DEFAULT_DEFICIT_BELOW, Level.DEFAULT_PROFICIENT_FROM));
        }

        /** Codes per region: the demo region keeps the plain code; the others append theirs, (code, version) being unique. */
        String codeIn(Region region) {
            return region.index() == 0 ? code : code + "-" + region.code();
        }
    }

    private static OptionSpec o(double score, String text) {
        return new OptionSpec(text, BigDecimal.valueOf(score).setScale(2, RoundingMode.UNNECESSARY));
    }

    private static ItemSpec single(String competency, int weight, String text, OptionSpec... options) {
        return new ItemSpec(competency, weight, ItemKind.SINGLE, text, List.of(options));
    }

    private static ItemSpec multiple(String competency, int weight, String text, OptionSpec... options) {
        return new ItemSpec(competency, weight, ItemKind.MULTIPLE, text + " Отметьте все подходящие варианты.",
                List.of(options));
    }

    private static ItemSpec scale(String competency, String text) {
        return new ItemSpec(competency, 1, ItemKind.SCALE, text, List.of());
    }

    private static List<ThresholdSpec> thresholds(double deficitBelow, double proficientFrom, String... codes) {
        List<ThresholdSpec> list = new ArrayList<>();
        for (String code : codes) {
            list.add(new ThresholdSpec(code, BigDecimal.valueOf(deficitBelow).setScale(2, RoundingMode.UNNECESSARY),
                    BigDecimal.valueOf(proficientFrom).setScale(2, RoundingMode.UNNECESSARY)));
        }
        return List.copyOf(list);
    }

    static final InstrumentSpec MATH = new InstrumentSpec(MATH_TEST,
            "Методические компетенции учителя математики",
            "Диагностика предметных и методических компетенций учителя математики: содержание курса, "
                    + "математическая культура обучающихся, подготовка к ОГЭ, проектирование урока, формирующее "
                    + "оценивание, дифференциация и математическая грамотность. 25 заданий, 40 минут.",
            InstrumentKind.TEST, 40, 5, "TEACHER", "MATH", List.of(
            single("SUB-MATH-01", 1, "Ученик утверждает, что уравнение x² = 2x имеет единственный корень x = 2, "
                    + "так как обе части можно разделить на x. В чём ошибка рассуждения?",
                    o(1, "Деление на выражение с переменной может привести к потере корня x = 0"),
                    o(0, "Ошибки нет: уравнение действительно имеет один корень"),
                    o(0, "Нужно было извлечь квадратный корень из обеих частей"),
                    o(0, "Корнем уравнения является только x = 0")),
            single("SUB-MATH-01", 2, "Какое утверждение о функции y = |x − 3| верно?",
                    o(0, "Наименьшее значение функции равно −3"),
                    o(1, "Функция возрастает на промежутке [3; +∞)"),
                    o(0, "График функции симметричен относительно оси ординат"),
                    o(0, "Функция убывает на всей числовой прямой")),
            multiple("SUB-MATH-01", 1, "Какие из чисел являются иррациональными?",
                    o(1, "√8"),
                    o(0, "0,(3)"),
                    o(1, "π"),
                    o(-0.5, "√(16/9)")),
            single("SUB-MATH-01", 2, "Для какой задачи уместно применить метод математической индукции?",
                    o(0, "Найти корни квадратного уравнения"),
                    o(0, "Вычислить площадь трапеции по основаниям и высоте"),
                    o(1, "Доказать, что 1 + 3 + 5 + … + (2n − 1) = n² для любого натурального n"),
                    o(0, "Найти вероятность выпадения двух орлов при двух бросках монеты")),
            single("SUB-MATH-02", 1, "Какой приём в большей степени развивает у обучающихся культуру "
                    + "математического рассуждения?",
                    o(1, "Просить обосновывать каждый шаг решения и искать контрпример к неверному утверждению"),
                    o(0, "Требовать дословно запоминать формулировки теорем"),
                    o(0, "Решать на время как можно больше однотипных примеров"),
                    o(0, "Показывать только готовые образцовые решения")),
            multiple("SUB-MATH-02", 2, "Какие задания развивают пространственное мышление на уроках геометрии?",
                    o(1, "Построить развёртку куба и определить, какие грани окажутся противоположными"),
                    o(1, "Изобразить сечение пирамиды плоскостью, проходящей через три заданные точки"),
                    o(0, "Выучить формулу объёма пирамиды"),
                    o(-0.5, "Переписать определение призмы из учебника в тетрадь")),
            single("SUB-MATH-02", 1, "Ученик 7 класса считает верными и утверждение «если число делится на 6, то "
                    + "оно делится на 3», и обратное ему. Что разумнее всего сделать учителю?",
                    o(0, "Сразу сообщить правильный ответ и перейти к следующей теме"),
                    o(0, "Снизить отметку за невнимательность"),
                    o(0, "Объяснить, что обратные утверждения всегда неверны"),
                    o(1, "Предложить ученику найти контрпример к обратному утверждению (например, число 9)")),
            single("SUB-MATH-03", 2, "Пробный ОГЭ показал, что большинство учеников класса не приступали ко второй "
                    + "части. С чего разумнее начать коррекционную работу?",
                    o(1, "Выявить по первой части темы с типичными ошибками и сформировать группы для адресной "
                            + "отработки"),
                    o(0, "Раздать сборник вариантов для самостоятельного решения дома"),
                    o(0, "Решать на уроках только задания второй части повышенной сложности"),
                    o(0, "Отложить подготовку к ОГЭ на последний месяц перед экзаменом")),
            multiple("SUB-MATH-03", 1, "Какие материалы стоит использовать при подготовке к ОГЭ по математике?",
                    o(1, "Открытый банк заданий ФИПИ"),
                    o(-0.5, "Решебники с готовыми ответами без решений"),
                    o(1, "Демонстрационный вариант, кодификатор и спецификацию текущего года"),
                    o(0, "Сборники прошлых лет без учёта изменений в КИМ")),
            single("SUB-MATH-03", 1, "Ученик стабильно теряет баллы в практико-ориентированных заданиях ОГЭ "
                    + "(«Шины», «Квартира», «Тарифы»). Какой приём подготовки наиболее результативен?",
                    o(0, "Заучивать ответы к прототипам заданий"),
                    o(1, "Разбирать, как извлечь данные из текста, таблицы и схемы, и проговаривать план решения"),
                    o(0, "Советовать пропускать эти задания на экзамене, чтобы сэкономить время"),
                    o(0, "Решать только вычислительные примеры без текста")),
            single("SUB-MATH-03", 2, "Как построить подготовку к ГИА для ученика, который набирает 6–8 баллов на "
                    + "пробных экзаменах?",
                    o(0, "Сосредоточиться на задачах с параметром"),
                    o(0, "Освободить ученика от подготовки как неперспективного"),
                    o(0, "Давать те же задания, что и сильной группе, но без разбора"),
                    o(1, "Добиться устойчивого выполнения заданий базового уровня, включая геометрию, и "
                            + "постепенно добавлять задания, где ученик близок к успеху")),
            single("MET-01", 1, "Какая формулировка цели урока соответствует системно-деятельностному подходу ФГОС?",
                    o(1, "Обучающиеся научатся распознавать квадратные уравнения и выбирать способ их решения"),
                    o(0, "Познакомить учеников с квадратными уравнениями"),
                    o(0, "Пройти параграф 21 учебника"),
                    o(0, "Провести самостоятельную работу")),
            multiple("MET-01", 2, "Какие этапы обязательно присутствуют в технологической карте урока открытия "
                    + "нового знания?",
                    o(1, "Мотивация и актуализация опорных знаний"),
                    o(-0.5, "Итоговая контрольная работа по всей главе"),
                    o(0, "Перечень отметок, выставленных на предыдущем уроке"),
                    o(1, "Постановка учебной задачи и фиксация затруднения")),
            single("MET-01", 1, "Какие результаты формируются, когда ученики сравнивают несколько способов решения "
                    + "одной задачи и выбирают рациональный?",
                    o(0, "Только предметные результаты"),
                    o(1, "Метапредметные: регулятивные и познавательные универсальные учебные действия"),
                    o(0, "Только личностные результаты"),
                    o(0, "Никакие: это упражнение на вычисления")),
            single("MET-01", 2, "Учитель хочет на этапе рефлексии понять, что усвоено на уроке. Какой приём "
                    + "подходит лучше всего?",
                    o(0, "Вопрос «Всем понятно?» ко всему классу"),
                    o(0, "Отметки за работу на уроке без комментариев"),
                    o(1, "«Билет на выход»: короткое задание по теме и вопрос о том, что осталось непонятным"),
                    o(0, "Домашнее задание из учебника")),
            single("MET-02", 1, "Что отличает формирующее оценивание от итогового?",
                    o(1, "Его цель — обратная связь и корректировка обучения в ходе изучения темы"),
                    o(0, "Оно всегда выражается пятибалльной отметкой"),
                    o(0, "Оно проводится только в конце четверти"),
                    o(0, "Его результаты нужны только для отчёта перед администрацией")),
            multiple("MET-02", 2, "Какие приёмы относятся к формирующему оцениванию на уроке математики?",
                    o(0, "Контрольная работа с выставлением отметок в журнал"),
                    o(1, "Критерии успешного выполнения задания, сообщённые заранее"),
                    o(1, "Взаимопроверка решений по образцу с комментарием"),
                    o(-0.5, "Публичное сравнение отметок учеников")),
            single("MET-02", 1, "Какой комментарий к решению ученика помогает ему учиться?",
                    o(0, "«Неверно, 2 балла»"),
                    o(0, "«Молодец!»"),
                    o(1, "«Уравнение составлено верно; проверь знак при переносе слагаемого во второй строке»"),
                    o(0, "«Будь внимательнее»")),
            single("MET-03", 2, "В классе есть ученики, не справляющиеся с базовыми заданиями, и ученики, которые "
                    + "быстро решают всё. Какая организация работы соответствует принципу дифференциации?",
                    o(1, "Разноуровневые задания по одной теме с возможностью перейти на следующий уровень"),
                    o(0, "Одинаковые задания для всех: сильные ждут остальных"),
                    o(0, "Слабым ученикам — только списывание решений с доски"),
                    o(0, "Рекомендовать слабым ученикам перейти на семейное обучение")),
            multiple("MET-03", 1, "Какие меры помогут ученику с пробелами за курс 5–6 классов успешно изучать "
                    + "алгебру в 7 классе?",
                    o(1, "Диагностика пробелов и индивидуальный план их устранения"),
                    o(-0.5, "Снижение требований до уровня 5 класса на весь год"),
                    o(1, "Опорные конспекты и памятки с алгоритмами"),
                    o(0, "Дополнительное домашнее задание того же объёма, что и основное")),
            single("MET-03", 1, "Что такое индивидуальный образовательный маршрут обучающегося?",
                    o(0, "Расписание уроков ученика"),
                    o(1, "Персональный план освоения программы с учётом затруднений, темпа и интересов ученика"),
                    o(0, "Список отметок за четверть"),
                    o(0, "Перечень кружков, которые посещает ученик")),
            single("FG-02", 2, "Какое задание относится к заданиям на математическую грамотность?",
                    o(0, "Решите уравнение 3x − 7 = 11"),
                    o(0, "Докажите теорему о сумме углов треугольника"),
                    o(1, "По таблице условий определите, какой тариф мобильной связи выгоднее семье при заданном "
                            + "расходе минут и трафика"),
                    o(0, "Упростите выражение (a + b)² − 2ab")),
            multiple("FG-02", 1, "Какие характеристики присущи контекстной задаче по математике?",
                    o(1, "Проблемная ситуация из реальной жизни"),
                    o(1, "Избыточные или недостающие данные, которые нужно выявить"),
                    o(-0.5, "Прямое указание формулы, по которой нужно решать"),
                    o(0, "Ответ, который не требует интерпретации")),
            single("FG-02", 1, "Какие процессы математической грамотности (по модели PISA) проверяет задание "
                    + "«Оцените, хватит ли 10 рулонов обоев для оклейки комнаты, и объясните ответ»?",
                    o(1, "Формулирование ситуации на языке математики и интерпретация результата"),
                    o(0, "Только вычислительные навыки"),
                    o(0, "Воспроизведение определений"),
                    o(0, "Запоминание фактов")),
            single("FG-02", 2, "Где учителю математики найти задания для формирования функциональной грамотности?",
                    o(0, "Только в учебнике алгебры"),
                    o(0, "В кодификаторе ЕГЭ"),
                    o(0, "Таких банков нет: задания учитель составляет только сам"),
                    o(1, "В банке заданий Института стратегии развития образования и на портале РЭШ"))),
            thresholds(60, 80, "SUB-MATH-01", "SUB-MATH-02", "SUB-MATH-03", "MET-01", "MET-02", "MET-03", "FG-02"));

    static final InstrumentSpec FORMATIVE = new InstrumentSpec(FORMATIVE_TEST,
            "Формирующее оценивание на уроке",
            "Диагностика для всех педагогов: приёмы формирующего оценивания и обратной связи, учебная атмосфера "
                    + "и управление классом, цифровые инструменты оценивания.",
            InstrumentKind.TEST, null, 4, "", "", List.of(
            single("MET-02", 2, "Какова главная цель формирующего оценивания?",
                    o(1, "Получить сведения о продвижении ученика и вовремя скорректировать обучение"),
                    o(0, "Выставить итоговую отметку за четверть"),
                    o(0, "Сравнить класс с другими классами параллели"),
                    o(0, "Подготовить отчёт для администрации")),
            multiple("MET-02", 1, "Какие приёмы подходят для проверки понимания в середине урока?",
                    o(1, "Сигнальные карточки («светофор»)"),
                    o(0, "Проверка тетрадей в конце четверти"),
                    o(1, "Мини-доски, на которых все ученики одновременно показывают ответ"),
                    o(-0.5, "Полугодовая контрольная работа")),
            single("MET-02", 1, "Когда ученикам лучше всего сообщать критерии оценивания работы?",
                    o(0, "После выставления отметок"),
                    o(1, "До начала работы, чтобы ученики могли на них ориентироваться"),
                    o(0, "Только по запросу родителей"),
                    o(0, "Никогда: критерии нужны только учителю")),
            single("MET-02", 2, "Какая обратная связь наиболее полезна ученику?",
                    o(0, "Отметка без комментария"),
                    o(0, "Общая похвала всему классу"),
                    o(0, "Сравнение с лучшей работой в классе"),
                    o(1, "Конкретная: что получилось, что исправить и каким будет следующий шаг")),
            multiple("MET-02", 1, "Что помогает организовать продуктивную самооценку учеников?",
                    o(1, "Лист самооценки с понятными критериями"),
                    o(-0.5, "Обсуждение самооценки ученика перед классом как повод для порицания"),
                    o(1, "Образец выполненной работы, с которым можно сравнить свою"),
                    o(0, "Просьба поставить себе отметку без критериев")),
            single("MET-02", 1, "По итогам «билета на выход» половина класса не справилась с заданием. Что сделать "
                    + "на следующем уроке?",
                    o(1, "Вернуться к затруднению: разобрать типичные ошибки и дать задание на отработку"),
                    o(0, "Перейти к новой теме по плану"),
                    o(0, "Поставить неудовлетворительные отметки тем, кто не справился"),
                    o(0, "Повторить ту же работу без разбора")),
            single("COM-02", 1, "Несколько учеников постоянно отвлекают класс. Какой шаг наиболее действенен в "
                    + "начале работы с ситуацией?",
                    o(0, "Удалить учеников с урока"),
                    o(1, "Договориться с классом о правилах работы на уроке и последовательно их соблюдать"),
                    o(0, "Не замечать поведение до конца четверти"),
                    o(0, "Повысить голос и сделать замечание при всех")),
            multiple("COM-02", 2, "Что создаёт учебную атмосферу, в которой ученики не боятся ошибаться?",
                    o(1, "Разбор ошибок как источника нового понимания, без насмешек"),
                    o(1, "Время на обдумывание ответа перед опросом"),
                    o(-0.5, "Публичное зачитывание худших работ"),
                    o(0, "Опрос только сильных учеников, чтобы не терять время")),
            single("COM-02", 1, "Ученик во время урока резко возражает против отметки. Как лучше поступить?",
                    o(0, "Сразу снизить отметку за поведение"),
                    o(0, "Вступить в спор при всём классе"),
                    o(1, "Спокойно предложить обсудить работу и критерии после урока"),
                    o(0, "В тот же день вызвать родителей, не поговорив с учеником")),
            single("DIG-02", 1, "Какой цифровой инструмент позволяет быстро собрать ответы всего класса и сразу "
                    + "увидеть долю верных ответов на каждый вопрос?",
                    o(1, "Онлайн-опрос или тест с автоматической проверкой (например, в ФГИС «Моя школа»)"),
                    o(0, "Презентация со слайдами"),
                    o(0, "Электронная почта"),
                    o(0, "Текстовый редактор")),
            multiple("DIG-02", 1, "Какие данные электронного журнала помогают спланировать коррекционную работу?",
                    o(0, "Число просмотров журнала родителями"),
                    o(1, "Результаты по отдельным заданиям проверочной работы"),
                    o(1, "Динамика текущих результатов ученика по теме"),
                    o(-0.5, "Фотографии учеников в профилях")),
            single("DIG-02", 2, "Что важно учесть, используя онлайн-тесты для формирующего оценивания?",
                    o(0, "Тест должен быть как можно длиннее"),
                    o(0, "Ученикам не нужно показывать результаты"),
                    o(0, "Онлайн-тесты заменяют любые другие формы оценивания"),
                    o(1, "Результаты служат обратной связью и не переносятся автоматически в журнал как отметки"))),
            thresholds(60, 80, "MET-02", "COM-02", "DIG-02"));

    private static final String SCALE_HINT = " (1 — совсем не владею, 5 — владею свободно и могу научить коллег)";

    static final InstrumentSpec SELF = new InstrumentSpec(FG_SELF,
            "Самооценка: формирование функциональной грамотности",
            "Самооценка по четырём направлениям функциональной грамотности: читательская, математическая, "
                    + "естественнонаучная грамотность и работа с заданиями PISA-типа. Оцените каждое утверждение "
                    + "по шкале от 1 до 5.",
            InstrumentKind.SELF_ASSESSMENT, null, 6, "", "", List.of(
            scale("FG-01", "Я использую на уроках стратегии смыслового чтения (до, во время и после чтения)" + SCALE_HINT),
            scale("FG-01", "Я предлагаю задания на поиск, интерпретацию и оценку информации в сплошных и несплошных "
                    + "текстах: таблицах, схемах, графиках" + SCALE_HINT),
            scale("FG-01", "Я подбираю тексты по своему предмету для развития читательской грамотности" + SCALE_HINT),
            scale("FG-02", "Я включаю в уроки задачи с практическим контекстом: покупки, тарифы, ремонт, "
                    + "путешествия" + SCALE_HINT),
            scale("FG-02", "Я учу переводить жизненную ситуацию на язык математики и интерпретировать полученный "
                    + "результат" + SCALE_HINT),
            scale("FG-02", "Я могу объяснить, чем задание на математическую грамотность отличается от типовой учебной "
                    + "задачи" + SCALE_HINT),
            scale("FG-03", "Я организую объяснение явлений с опорой на научные знания" + SCALE_HINT),
            scale("FG-03", "Я предлагаю ученикам интерпретировать данные опытов, графиков и диаграмм и делать "
                    + "выводы" + SCALE_HINT),
            scale("FG-03", "Я использую задания на планирование простого исследования или эксперимента" + SCALE_HINT),
            scale("FG-04", "Я подбираю задания PISA-типа из открытых банков (ИСРО, РЭШ) к своим урокам" + SCALE_HINT),
            scale("FG-04", "Я умею составлять собственные задания на функциональную грамотность" + SCALE_HINT),
            scale("FG-04", "Я оцениваю выполнение заданий на функциональную грамотность по критериям и даю "
                    + "обратную связь" + SCALE_HINT)),
            // Self-assessments run high, so this instrument sets lower bars than the tests: it shows
            // per-instrument thresholds in the demo too.
            thresholds(55, 75, "FG-01", "FG-02", "FG-03", "FG-04"));

    /** In the order their ids are planned in each region. */
    static final List<InstrumentSpec> INSTRUMENTS = List.of(MATH, FORMATIVE, SELF);

    private static final int ITEMS_PER_REGION = INSTRUMENTS.stream().mapToInt(i -> i.items().size()).sum();
    private static final int OPTIONS_PER_REGION = INSTRUMENTS.stream().mapToInt(InstrumentSpec::optionCount).sum();
    /** Per instrument, how many items of the region come before its first one. */
    private static final int[] ITEM_OFFSETS = new int[INSTRUMENTS.size()];
    /** Per instrument and item, how many options of the region come before the item's first one. */
    private static final int[][] OPTION_OFFSETS = new int[INSTRUMENTS.size()][];

    static {
        int items = 0;
        int options = 0;
        for (int k = 0; k < INSTRUMENTS.size(); k++) {
            ITEM_OFFSETS[k] = items;
            List<ItemSpec> list = INSTRUMENTS.get(k).items();
            OPTION_OFFSETS[k] = new int[list.size()];
            for (int i = 0; i < list.size(); i++) {
                OPTION_OFFSETS[k][i] = options;
                options += list.get(i).options().size();
            }
            items += list.size();
        }
    }

    // ---------------------------------------------------------------- the plan of one person

    /** Options chosen by index in the item's option list, or a scale value. */
    record PlannedAnswer(int item, List<Integer> options, Integer scale, Instant answeredAt) {
    }

    record PlannedResult(String competency, BigDecimal percent, Level level) {
    }

    /** A finished attempt; {@code instrument} indexes {@link #INSTRUMENTS}. */
    record PlannedAttempt(int instrument, Instant startedAt, Instant deadlineAt, Instant finishedAt, boolean expired,
                          List<PlannedAnswer> answers, List<PlannedResult> results) {
    }

    /** The profile line of a competency; {@code attempt} indexes the person's attempts. */
    record PlannedLevel(String competency, BigDecimal percent, Level level, EvidenceSource source, Instant measuredAt,
                        int attempt) {
    }

    /** A deficit opened by one of the person's attempts and maybe closed by a later one ({@code -1}: still open). */
    record PlannedDeficit(String competency, int openedBy, Instant openedAt, int closedBy, Instant closedAt,
                          Level closedLevel) {

        boolean open() {
            return closedBy < 0;
        }
    }

    /** The attempts (in time order, which is also id order), the resulting profile and its history. */
    record PersonPlan(long personId, List<PlannedAttempt> attempts, List<PlannedLevel> levels,
                      List<PlannedDeficit> deficits) {
    }

    /** What a person is in the demo story: the demo accounts have scripted diagnostics. */
    enum Part { STAFF, DEMO_TEACHER, DEMO_MENTOR, DEMO_DIRECTOR }

    /** The parts of the demo accounts' people, by planned person id. */
    static Map<Long, Part> parts(DemoRegionModel model) {
        Map<Long, Part> parts = new HashMap<>();
        for (PlannedAccount a : model.plannedAccounts()) {
            switch (a.login()) {
                case "teacher" -> parts.put(a.person().id(), Part.DEMO_TEACHER);
                case "mentor" -> parts.put(a.person().id(), Part.DEMO_MENTOR);
                case "director" -> parts.put(a.person().id(), Part.DEMO_DIRECTOR);
                default -> {
                    // Other named accounts are not school staff; the teacherNN accounts are ordinary staff.
                }
            }
        }
        return parts;
    }

    static boolean teachesMath(Person p) {
        return p.position() == Position.TEACHER && p.subjects().contains("MATH");
    }

    /**
     * Which diagnostics a person took and how they answered. Ability depends on the school's
     * flags of the current program year (ШНОР and ШНСУ lower, high-result schools higher),
     * experience and category; the previous year's attempts are answered a little worse, so a
     * retake often closes a deficit.
     */
    static PersonPlan plan(Person p, School school, Part part) {
        Random random = new Random(DemoRegionModel.mix(DemoRegionModel.SEED ^ DIAGNOSTICS_SALT, p.id()));
        double ability = ability(p, school.flags(DemoRegionModel.CURRENT_YEAR), random);
        if (part == Part.DEMO_MENTOR) {
            ability = Math.max(ability, 0.86);
        }
        Map<String, Double> skill = new HashMap<>();
        for (String code : DRAW_ORDER) {
            skill.put(code, ability + DIFFICULTY.get(code) + random.nextGaussian() * 0.07);
        }
        double growth = 0.08 + 0.08 * random.nextDouble();
        double rollFormative = random.nextDouble();
        double rollMath = random.nextDouble();
        double rollSelf = random.nextDouble();
        double rollTwice = random.nextDouble();
        double rollYear = random.nextDouble();

        List<PlannedAttempt> attempts = new ArrayList<>();
        switch (part) {
            case DEMO_DIRECTOR -> {
                // The director has taken nothing: their school list shows who did.
            }
            case DEMO_TEACHER -> attempts.add(scriptedTeacherAttempt());
            case DEMO_MENTOR -> {
                if (teachesMath(p)) {
                    attempts.add(take(MATH, 0, random, skill, -growth, previousYear(random)));
                    attempts.add(take(MATH, 0, random, skill, 0, currentYear(random)));
                } else {
                    attempts.add(take(FORMATIVE, 1, random, skill, -growth, previousYear(random)));
                }
                attempts.add(take(FORMATIVE, 1, random, skill, 0, currentYear(random)));
            }
            case STAFF -> {
                if (rollFormative < 0.6) {
                    if (rollTwice < 0.35) {
                        attempts.add(take(FORMATIVE, 1, random, skill, -growth, previousYear(random)));
                        attempts.add(take(FORMATIVE, 1, random, skill, 0, currentYear(random)));
                    } else {
                        boolean current = rollYear < 0.7;
                        attempts.add(take(FORMATIVE, 1, random, skill, current ? 0 : -growth,
                                current ? currentYear(random) : previousYear(random)));
                    }
                }
                if (teachesMath(p) && rollMath < 0.85) {
                    if (rollTwice > 0.65) {
                        attempts.add(take(MATH, 0, random, skill, -growth, previousYear(random)));
                        attempts.add(take(MATH, 0, random, skill, 0, currentYear(random)));
                    } else {
                        boolean current = rollYear > 0.3;
                        attempts.add(take(MATH, 0, random, skill, current ? 0 : -growth,
                                current ? currentYear(random) : previousYear(random)));
                    }
                }
                if (rollSelf < 0.4) {
                    boolean current = random.nextBoolean();
                    attempts.add(take(SELF, 2, random, skill, current ? 0 : -growth,
                            current ? currentYear(random) : previousYear(random)));
                }
            }
        }
        attempts.sort(Comparator.comparing(PlannedAttempt::finishedAt));
        return profile(p.id(), attempts);
    }

    private static double ability(Person p, Flags flags, Random random) {
        double a = 0.79;
        if (flags.lowResults()) {
            a -= 0.13;
        }
        if (flags.adverseConditions()) {
            a -= 0.06;
        }
        if (flags.highResults()) {
            a += 0.09;
        }
        int experience = p.experienceYears();
        if (experience < 3) {
            a -= 0.07;
        } else if (experience < 8) {
            a -= 0.02;
        } else if (experience >= 32) {
            a -= 0.02;
        }
        if (p.category() == QualificationCategory.HIGHEST) {
            a += 0.05;
        } else if (p.category() == QualificationCategory.NONE) {
            a -= 0.02;
        }
        return a + random.nextGaussian() * 0.10;
    }

    /** A day of the window on a working weekday, between 08:00 and 17:00 Moscow time. */
    private static Instant workingTime(Random random, LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay() + 1;
        LocalDate day = from.plusDays(random.nextInt((int) days));
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
            day = day.minusDays(1);
        } else if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        int minute = 5 * 60 + random.nextInt(9 * 60);
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(minute * 60L + random.nextInt(60));
    }

    private static Instant previousYear(Random random) {
        return workingTime(random, PREVIOUS_FROM, PREVIOUS_TO);
    }

    private static Instant currentYear(Random random) {
        return workingTime(random, CURRENT_FROM, CURRENT_TO);
    }

    /** Answers an instrument with per-competency skill (shifted by {@code shift}) and scores it. */
    private static PlannedAttempt take(InstrumentSpec spec, int index, Random random, Map<String, Double> skill,
                                       double shift, Instant started) {
        List<ItemSpec> items = spec.items();
        int minutes = switch (spec.kind()) {
            case SELF_ASSESSMENT -> 4 + random.nextInt(8);
            case TEST -> spec.timeLimitMinutes() == null ? 8 + random.nextInt(17) : 15 + random.nextInt(25);
        };
        // A few run out of the maths test's time: the server then closes the attempt at the deadline
        // with the answers saved so far.
        boolean expired = spec.timeLimitMinutes() != null && random.nextDouble() < 0.04;
        int answered = expired ? items.size() - 1 - random.nextInt(5) : items.size();
        Instant deadline = spec.timeLimitMinutes() == null ? null
                : started.plus(Duration.ofMinutes(spec.timeLimitMinutes()));
        Instant finished = expired ? deadline : started.plusSeconds(minutes * 60L + random.nextInt(60));
        long span = Duration.between(started, finished).toSeconds();
        List<PlannedAnswer> answers = new ArrayList<>(answered);
        for (int i = 0; i < answered; i++) {
            ItemSpec item = items.get(i);
            double p = clamp(skill.get(item.competency()) + shift, 0.03, 0.98);
            Instant at = started.plusSeconds(span * (i + 1) / (items.size() + 1));
            answers.add(switch (item.kind()) {
                case SCALE -> new PlannedAnswer(i, List.of(),
                        1 + (int) Math.round(4 * clamp(p + 0.10 + random.nextGaussian() * 0.12, 0, 1)), at);
                case SINGLE -> new PlannedAnswer(i, List.of(chooseSingle(item, p, random)), null, at);
                case MULTIPLE -> new PlannedAnswer(i, chooseMultiple(item, p, random), null, at);
            });
        }
        return new PlannedAttempt(index, started, deadline, finished, expired, List.copyOf(answers),
                score(spec, answers));
    }

    private static int chooseSingle(ItemSpec item, double p, Random random) {
        int best = bestOption(item);
        if (random.nextDouble() < p) {
            return best;
        }
        int wrong = random.nextInt(item.options().size() - 1);
        return wrong >= best ? wrong + 1 : wrong;
    }

    private static List<Integer> chooseMultiple(ItemSpec item, double p, Random random) {
        List<Integer> chosen = new ArrayList<>();
        for (int o = 0; o < item.options().size(); o++) {
            boolean right = item.options().get(o).score().signum() > 0;
            if (random.nextDouble() < (right ? p : (1 - p) * 0.6)) {
                chosen.add(o);
            }
        }
        if (chosen.isEmpty()) {
            chosen.add(random.nextInt(item.options().size()));
        }
        return List.copyOf(chosen);
    }

    private static int bestOption(ItemSpec item) {
        int best = 0;
        for (int o = 1; o < item.options().size(); o++) {
            if (item.options().get(o).score().compareTo(item.options().get(best).score()) > 0) {
                best = o;
            }
        }
        return best;
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }

    /**
     * The demo teacher's one diagnostic: the formative-assessment test in October 2026, answered
     * so that MET-02 (46.88 %) and COM-02 (50 %) are deficits and DIG-02 (87.5 %) is proficient.
     * C right, W wrong, H one of the two right options, P one right option and the penalised one,
     * A both right options.
     */
    private static PlannedAttempt scriptedTeacherAttempt() {
        String script = "CHWWPCWAWCHC";
        Instant started = LocalDate.of(2026, 10, 6).atTime(9, 40, 12).toInstant(ZoneOffset.UTC);
        Instant finished = started.plusSeconds(17 * 60 + 31);
        List<PlannedAnswer> answers = new ArrayList<>();
        List<ItemSpec> items = FORMATIVE.items();
        for (int i = 0; i < items.size(); i++) {
            ItemSpec item = items.get(i);
            List<Integer> right = new ArrayList<>();
            List<Integer> wrong = new ArrayList<>();
            int penalised = -1;
            for (int o = 0; o < item.options().size(); o++) {
                int sign = item.options().get(o).score().signum();
                (sign > 0 ? right : wrong).add(o);
                if (sign < 0) {
                    penalised = o;
                }
            }
            List<Integer> chosen = switch (script.charAt(i)) {
                case 'C', 'H' -> List.of(right.get(0));
                case 'W' -> List.of(wrong.get(wrong.size() - 1));
                case 'A' -> right;
                case 'P' -> List.of(right.get(0), penalised);
                default -> throw new IllegalStateException("Bad script letter");
            };
            answers.add(new PlannedAnswer(i, chosen.stream().sorted().toList(), null,
                    started.plusSeconds(80L * (i + 1))));
        }
        return new PlannedAttempt(1, started, null, finished, false, List.copyOf(answers), score(FORMATIVE, answers));
    }

    /**
     * Percent per competency as {@code Instrument.score} computes it: the weighted mean of item
     * credits (unanswered items earn nothing), two decimals rounded half up, level by this
     * instrument's thresholds; competencies in the order of their first item.
     */
    static List<PlannedResult> score(InstrumentSpec spec, List<PlannedAnswer> answers) {
        Map<Integer, PlannedAnswer> byItem = new HashMap<>();
        answers.forEach(a -> byItem.put(a.item(), a));
        Map<String, BigDecimal[]> sums = new LinkedHashMap<>();
        for (int i = 0; i < spec.items().size(); i++) {
            ItemSpec item = spec.items().get(i);
            BigDecimal credit = credit(item, byItem.get(i));
            BigDecimal[] s = sums.computeIfAbsent(item.competency(), c -> new BigDecimal[] {ZERO, ZERO});
            s[0] = s[0].add(credit.multiply(item.weightValue()));
            s[1] = s[1].add(item.weightValue());
        }
        List<PlannedResult> results = new ArrayList<>(sums.size());
        sums.forEach((code, s) -> {
            BigDecimal percent = s[0].multiply(HUNDRED).divide(s[1], 2, RoundingMode.HALF_UP);
            ThresholdSpec t = spec.threshold(code);
            results.add(new PlannedResult(code, percent, Level.of(percent, t.deficitBelow(), t.proficientFrom())));
        });
        return List.copyOf(results);
    }

    /** {@code Item.credit}: single = chosen / best; multiple = chosen sum / positive sum, floored at 0; scale (v − 1) / 4. */
    static BigDecimal credit(ItemSpec item, PlannedAnswer answer) {
        if (answer == null) {
            return ZERO;
        }
        List<OptionSpec> options = item.options();
        return switch (item.kind()) {
            case SCALE -> answer.scale() == null ? ZERO
                    : BigDecimal.valueOf(answer.scale() - 1L).divide(BigDecimal.valueOf(4), FRACTION_SCALE,
                    RoundingMode.HALF_UP);
            case SINGLE -> {
                BigDecimal best = options.stream().map(OptionSpec::score).max(BigDecimal::compareTo).orElse(ZERO);
                BigDecimal chosen = ZERO;
                for (int o = 0; o < options.size(); o++) {
                    if (answer.options().contains(o)) {
                        chosen = options.get(o).score();
                        break;
                    }
                }
                yield ratio(chosen, best);
            }
            case MULTIPLE -> {
                BigDecimal possible = ZERO;
                BigDecimal earned = ZERO;
                for (int o = 0; o < options.size(); o++) {
                    BigDecimal s = options.get(o).score();
                    if (s.signum() > 0) {
                        possible = possible.add(s);
                    }
                    if (answer.options().contains(o)) {
                        earned = earned.add(s);
                    }
                }
                yield ratio(earned, possible);
            }
        };
    }

    private static BigDecimal ratio(BigDecimal earned, BigDecimal possible) {
        if (possible.signum() <= 0 || earned.signum() <= 0) {
            return ZERO;
        }
        BigDecimal r = earned.divide(possible, FRACTION_SCALE, RoundingMode.HALF_UP);
        return r.compareTo(ONE) > 0 ? ONE : r;
    }

    /**
     * Replays the attempts in time order as {@code DeficitProfiles.recompute} does after each
     * one: the decisive evidence per competency sets the level, a DEFICIT with no open record
     * opens one, any other level closes the open one.
     */
    private static PersonPlan profile(long personId, List<PlannedAttempt> attempts) {
        List<Evidence> evidence = new ArrayList<>();
        Map<String, Integer> openIndex = new HashMap<>();
        List<PlannedDeficit> deficits = new ArrayList<>();
        Map<String, Evidence> decisive = Map.of();
        for (int a = 0; a < attempts.size(); a++) {
            PlannedAttempt attempt = attempts.get(a);
            EvidenceSource source = INSTRUMENTS.get(attempt.instrument()).kind().source();
            for (PlannedResult r : attempt.results()) {
                evidence.add(new Evidence(r.competency(), r.percent(), r.level(), source, attempt.finishedAt(),
                        (long) a, null));
            }
            decisive = Evidence.decisivePerCompetency(evidence);
            for (Map.Entry<String, Evidence> e : decisive.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey()).toList()) {
                Evidence d = e.getValue();
                Integer open = openIndex.get(e.getKey());
                if (d.level() == Level.DEFICIT && open == null) {
                    openIndex.put(e.getKey(), deficits.size());
                    deficits.add(new PlannedDeficit(e.getKey(), d.attemptId().intValue(), d.measuredAt(), -1, null, null));
                } else if (d.level() != Level.DEFICIT && open != null) {
                    PlannedDeficit o = deficits.get(open);
                    deficits.set(open, new PlannedDeficit(o.competency(), o.openedBy(), o.openedAt(),
                            d.attemptId().intValue(), d.measuredAt(), d.level()));
                    openIndex.remove(e.getKey());
                }
            }
        }
        List<PlannedLevel> levels = decisive.values().stream()
                .sorted(Comparator.comparing(Evidence::competencyCode))
                .map(d -> new PlannedLevel(d.competencyCode(), d.percent(), d.level(), d.source(), d.measuredAt(),
                        d.attemptId().intValue()))
                .toList();
        return new PersonPlan(personId, List.copyOf(attempts), levels, List.copyOf(deficits));
    }

    // ---------------------------------------------------------------- writing

    /** Row counts of one load, for the log and the tests. */
    record Counts(long instruments, long attempts, long answers, long results, long levels, long deficits) {
    }

    /**
     * Writes the instruments of every region and the diagnostics of every school's staff. Runs
     * on the generator's connection (no autocommit, reference checks off) after the people are
     * written; commits every {@link DemoRegionGenerator#CHUNK_PERSONS} people, so the DEMO
     * scale stays one transaction with the rest of the territory.
     */
    static Counts write(Connection c, DemoRegionModel model, long personOffset, long regionOffset) throws SQLException {
        long started = System.nanoTime();
        Map<String, Long> competencyIds = new HashMap<>();
        long frameworkId = frameworkAndCompetencies(c, competencyIds);
        for (InstrumentSpec spec : INSTRUMENTS) {
            for (ItemSpec item : spec.items()) {
                if (!competencyIds.containsKey(item.competency())) {
                    throw new IllegalStateException("The «Педагог» framework lacks competency " + item.competency());
                }
            }
        }
        long instrumentBase = maxId(c, "instrument");
        long itemBase = maxId(c, "instrument_item");
        long optionBase = maxId(c, "item_option");
        long attemptBase = maxId(c, "attempt");
        long deficitBase = maxId(c, "deficit_history");

        long instruments = 0;
        try (Batch ins = new Batch(c, "INSERT INTO instrument (id, code, version, title, description, kind, status, "
                + "framework_id, region_id, time_limit_minutes, items_per_page, audience_positions, audience_subjects, "
                + "created_at, published_at) VALUES (?, ?, 1, ?, ?, ?, 'PUBLISHED', ?, ?, ?, ?, ?, ?, ?, ?)");
             Batch items = new Batch(c, "INSERT INTO instrument_item (id, instrument_id, position, text, kind, "
                     + "competency_id, weight) VALUES (?, ?, ?, ?, ?, ?, ?)");
             Batch options = new Batch(c, "INSERT INTO item_option (id, item_id, position, text, score) "
                     + "VALUES (?, ?, ?, ?, ?)");
             Batch thresholds = new Batch(c, "INSERT INTO instrument_threshold (instrument_id, competency_code, "
                     + "deficit_below, proficient_from) VALUES (?, ?, ?, ?)")) {
            for (Region region : model.regions()) {
                long itemId = itemBase + (long) region.index() * ITEMS_PER_REGION;
                long optionId = optionBase + (long) region.index() * OPTIONS_PER_REGION;
                for (int k = 0; k < INSTRUMENTS.size(); k++) {
                    InstrumentSpec spec = INSTRUMENTS.get(k);
                    long instrumentId = instrumentId(instrumentBase, region, k);
                    PreparedStatement ps = ins.row();
                    ps.setLong(1, instrumentId);
                    ps.setString(2, spec.codeIn(region));
                    ps.setString(3, spec.title());
                    ps.setString(4, spec.description());
                    ps.setString(5, spec.kind().name());
                    ps.setLong(6, frameworkId);
                    ps.setLong(7, regionOffset + region.id());
                    if (spec.timeLimitMinutes() == null) {
                        ps.setNull(8, java.sql.Types.INTEGER);
                    } else {
                        ps.setInt(8, spec.timeLimitMinutes());
                    }
                    ps.setInt(9, spec.itemsPerPage());
                    ps.setString(10, spec.audiencePositions());
                    ps.setString(11, spec.audienceSubjects());
                    ps.setTimestamp(12, Timestamp.from(CREATED_AT));
                    ps.setTimestamp(13, Timestamp.from(PUBLISHED_AT));
                    ins.add();
                    instruments++;
                    for (int i = 0; i < spec.items().size(); i++) {
                        ItemSpec item = spec.items().get(i);
                        itemId++;
                        PreparedStatement it = items.row();
                        it.setLong(1, itemId);
                        it.setLong(2, instrumentId);
                        it.setInt(3, i + 1);
                        it.setString(4, item.text());
                        it.setString(5, item.kind().name());
                        it.setLong(6, competencyIds.get(item.competency()));
                        it.setBigDecimal(7, item.weightValue());
                        items.add();
                        for (int o = 0; o < item.options().size(); o++) {
                            optionId++;
                            PreparedStatement op = options.row();
                            op.setLong(1, optionId);
                            op.setLong(2, itemId);
                            op.setInt(3, o + 1);
                            op.setString(4, item.options().get(o).text());
                            op.setBigDecimal(5, item.options().get(o).score());
                            options.add();
                        }
                    }
                    for (ThresholdSpec t : spec.thresholds()) {
                        PreparedStatement th = thresholds.row();
                        th.setLong(1, instrumentId);
                        th.setString(2, t.competency());
                        th.setBigDecimal(3, t.deficitBelow());
                        th.setBigDecimal(4, t.proficientFrom());
                        thresholds.add();
                    }
                }
            }
            ins.flush();
            items.flush();
            options.flush();
            thresholds.flush();
        }

        Map<Long, Part> parts = parts(model);
        long attemptId = attemptBase;
        long deficitId = deficitBase;
        long answersCount = 0;
        long resultsCount = 0;
        long levelsCount = 0;
        try (Batch attempts = new Batch(c, "INSERT INTO attempt (id, instrument_id, person_id, status, started_at, "
                + "deadline_at, finished_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
             Batch answers = new Batch(c, "INSERT INTO attempt_answer (attempt_id, item_id, option_ids, scale_value, "
                     + "answered_at) VALUES (?, ?, ?, ?, ?)");
             Batch results = new Batch(c, "INSERT INTO attempt_result (attempt_id, competency_id, competency_code, "
                     + "score_percent, level) VALUES (?, ?, ?, ?, ?)");
             Batch levels = new Batch(c, "INSERT INTO competency_level (person_id, competency_code, level, "
                     + "score_percent, source, measured_at, attempt_id) VALUES (?, ?, ?, ?, ?, ?, ?)");
             Batch deficits = new Batch(c, "INSERT INTO deficit_history (id, person_id, competency_code, opened_at, "
                     + "opened_by_attempt_id, closed_at, closed_by_attempt_id, closed_level) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int sinceCommit = 0;
            for (School school : model.schools()) {
                Region region = school.region();
                for (Person p : model.staffOf(school)) {
                    PersonPlan plan = plan(p, school, parts.getOrDefault(p.id(), Part.STAFF));
                    long personId = personOffset + p.id();
                    long firstAttempt = attemptId + 1;
                    for (PlannedAttempt a : plan.attempts()) {
                        attemptId++;
                        long firstItem = firstItemId(itemBase, region, a.instrument());
                        PreparedStatement ps = attempts.row();
                        ps.setLong(1, attemptId);
                        ps.setLong(2, instrumentId(instrumentBase, region, a.instrument()));
                        ps.setLong(3, personId);
                        ps.setString(4, a.expired() ? "EXPIRED" : "SUBMITTED");
                        ps.setTimestamp(5, Timestamp.from(a.startedAt()));
                        ps.setTimestamp(6, a.deadlineAt() == null ? null : Timestamp.from(a.deadlineAt()));
                        ps.setTimestamp(7, Timestamp.from(a.finishedAt()));
                        attempts.add();
                        for (PlannedAnswer answer : a.answers()) {
                            PreparedStatement an = answers.row();
                            an.setLong(1, attemptId);
                            an.setLong(2, firstItem + answer.item());
                            if (answer.options().isEmpty()) {
                                an.setNull(3, java.sql.Types.VARCHAR);
                            } else {
                                long firstOption = firstOptionId(optionBase, region, a.instrument(), answer.item());
                                an.setString(3, answer.options().stream().sorted()
                                        .map(o -> String.valueOf(firstOption + o)).collect(Collectors.joining(",")));
                            }
                            if (answer.scale() == null) {
                                an.setNull(4, java.sql.Types.INTEGER);
                            } else {
                                an.setInt(4, answer.scale());
                            }
                            an.setTimestamp(5, Timestamp.from(answer.answeredAt()));
                            answers.add();
                            answersCount++;
                        }
                        for (PlannedResult r : a.results()) {
                            PreparedStatement rs = results.row();
                            rs.setLong(1, attemptId);
                            rs.setLong(2, competencyIds.get(r.competency()));
                            rs.setString(3, r.competency());
                            rs.setBigDecimal(4, r.percent());
                            rs.setString(5, r.level().name());
                            results.add();
                            resultsCount++;
                        }
                    }
                    for (PlannedLevel l : plan.levels()) {
                        PreparedStatement ps = levels.row();
                        ps.setLong(1, personId);
                        ps.setString(2, l.competency());
                        ps.setString(3, l.level().name());
                        ps.setBigDecimal(4, l.percent());
                        ps.setString(5, l.source().name());
                        ps.setTimestamp(6, Timestamp.from(l.measuredAt()));
                        ps.setLong(7, firstAttempt + l.attempt());
                        levels.add();
                        levelsCount++;
                    }
                    for (PlannedDeficit d : plan.deficits()) {
                        deficitId++;
                        PreparedStatement ps = deficits.row();
                        ps.setLong(1, deficitId);
                        ps.setLong(2, personId);
                        ps.setString(3, d.competency());
                        ps.setTimestamp(4, Timestamp.from(d.openedAt()));
                        ps.setLong(5, firstAttempt + d.openedBy());
                        if (d.open()) {
                            ps.setNull(6, java.sql.Types.TIMESTAMP);
                            ps.setNull(7, java.sql.Types.BIGINT);
                            ps.setNull(8, java.sql.Types.VARCHAR);
                        } else {
                            ps.setTimestamp(6, Timestamp.from(d.closedAt()));
                            ps.setLong(7, firstAttempt + d.closedBy());
                            ps.setString(8, d.closedLevel().name());
                        }
                        deficits.add();
                    }
                }
                sinceCommit += school.staffCount();
                if (sinceCommit >= DemoRegionGenerator.CHUNK_PERSONS) {
                    for (Batch b : List.of(attempts, answers, results, levels, deficits)) {
                        b.flush();
                    }
                    c.commit();
                    sinceCommit = 0;
                }
            }
            for (Batch b : List.of(attempts, answers, results, levels, deficits)) {
                b.flush();
            }
        }
        Counts counts = new Counts(instruments, attemptId - attemptBase, answersCount, resultsCount, levelsCount,
                deficitId - deficitBase);
        LOG.info(() -> String.format("Demo diagnostics: %s written in %.1f s", counts,
                (System.nanoTime() - started) / 1e9));
        return counts;
    }

    private static long instrumentId(long base, Region region, int instrument) {
        return base + (long) region.index() * INSTRUMENTS.size() + instrument + 1;
    }

    private static long firstItemId(long base, Region region, int instrument) {
        return base + (long) region.index() * ITEMS_PER_REGION + 1 + ITEM_OFFSETS[instrument];
    }

    private static long firstOptionId(long base, Region region, int instrument, int item) {
        return base + (long) region.index() * OPTIONS_PER_REGION + 1 + OPTION_OFFSETS[instrument][item];
    }

    /** The newest published «Педагог» framework and its competency ids by code. */
    private static long frameworkAndCompetencies(Connection c, Map<String, Long> ids) throws SQLException {
        long framework;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id FROM competency_framework WHERE code = 'PEDAGOG' "
                     + "AND status = 'PUBLISHED' ORDER BY version DESC LIMIT 1")) {
            if (!rs.next()) {
                throw new IllegalStateException("The «Педагог» competency framework is not seeded (migration V3)");
            }
            framework = rs.getLong(1);
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT code, id FROM competency WHERE framework_id = ?")) {
            ps.setLong(1, framework);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return framework;
    }

    private static long maxId(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
