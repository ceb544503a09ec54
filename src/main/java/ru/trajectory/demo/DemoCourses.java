package ru.trajectory.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;

import ru.trajectory.demo.DemoRegionGenerator.Batch;
import ru.trajectory.demo.DemoRegionModel.Municipality;
import ru.trajectory.demo.DemoRegionModel.Person;
import ru.trajectory.demo.DemoRegionModel.PlannedAccount;
import ru.trajectory.demo.DemoRegionModel.Region;
import ru.trajectory.demo.DemoRegionModel.School;
import ru.trajectory.demo.DemoRegionModel.SupportOrganization;
import ru.trajectory.organizations.entity.Position;
import ru.trajectory.organizations.entity.SupportOrganizationKind;

/**
 * The courses part of the demo data: per region about forty published programmes of ЦНППМ and
 * ИРО on the region's themes, their sessions over the program year 2026/27, enrollments of
 * school staff (confirmed, completed with certificates, waitlisted, awaiting approval,
 * cancelled) and about fifteen informal learning events with registrations and attendance.
 *
 * <p>The seat bookkeeping follows the entities: {@code confirmed_count} counts CONFIRMED and
 * COMPLETED enrollments (completion keeps the seat, see {@code Enrollment.complete}) and never
 * exceeds the capacity; a session has a waitlist only when it is full, numbered 1..n with
 * {@code waitlist_counter} = n. Sessions that ended before the demo's "today" have completions;
 * upcoming ones have waitlists and pending approvals.
 *
 * <p>The demo account {@code teacher} is scripted: one completed course with a certificate,
 * one upcoming confirmed session, and never a place on the formative-assessment course, so that
 * the browser journey can find that course and enroll. Everything is drawn from random streams
 * seeded per region, so a scale always gives the same rows. At COUNTRY scale sessions are
 * filled less ({@link #COUNTRY_FILL}) and each region samples at most {@link #POOL_SCHOOLS}
 * schools for participants, which keeps the 85 regions to a few seconds of the load.
 */
final class DemoCourses {

    private static final Logger LOG = Logger.getLogger(DemoCourses.class.getName());

    /** The demo's "today": sessions ending before it are past, starting after it upcoming. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate YEAR_FROM = LocalDate.of(2026, 9, 7);
    private static final LocalDate YEAR_TO = LocalDate.of(2027, 5, 24);
    /** When the courses of the year were published (their created_at). */
    private static final LocalDate CATALOGUE_OPENED = LocalDate.of(2026, 8, 25);
    private static final long COURSES_SALT = 0xC0_57_5EL;
    /** Schools per region whose staff take part in courses and events. */
    static final int POOL_SCHOOLS = 120;
    /** How full sessions are at COUNTRY scale compared with the others. */
    static final double COUNTRY_FILL = 0.6;

    static final int[] HOURS = {16, 24, 36, 72, 108};
    static final String FORMATIVE_TITLE = "Формирующее оценивание на уроке: приёмы, инструменты, обратная связь";
    private static final String TEACHER_COMPLETED_TITLE = "Подготовка обучающихся к ОГЭ по математике: "
            + "анализ типичных ошибок и адресная работа";
    private static final String TEACHER_UPCOMING_TITLE = "Математическая грамотность: задания в контексте "
            + "реальных ситуаций";

    private static final List<String> TEACHERS = List.of("TEACHER");
    private static final List<String> LEADERS = List.of("DIRECTOR", "DEPUTY_DIRECTOR");
    private static final List<String> SUPPORT = List.of("TEACHER", "PSYCHOLOGIST", "SOCIAL_PEDAGOGUE",
            "SPEECH_THERAPIST", "TUTOR");

    /** A programme of the catalogue, the same in every region; hours and format are drawn per region. */
    record Theme(String title, List<String> competencies, List<String> positions, List<String> subjects,
                 SupportOrganizationKind provider, boolean federal) {
    }

    private static Theme t(String title, SupportOrganizationKind provider, boolean federal, List<String> positions,
                           List<String> subjects, String... competencies) {
        return new Theme(title, List.of(competencies), positions, subjects, provider, federal);
    }

    private static final SupportOrganizationKind C = SupportOrganizationKind.CNPPM;
    private static final SupportOrganizationKind I = SupportOrganizationKind.IRO;

    static final List<Theme> THEMES = List.of(
            t(FORMATIVE_TITLE, C, false, TEACHERS, List.of(), "MET-02", "MET-01"),
            t("Критериальное и формирующее оценивание в основной школе", I, true, TEACHERS, List.of(),
                    "MET-02", "MET-01"),
            t("Формирующее оценивание в начальной школе: листы самооценки и «светофор»", C, false, TEACHERS,
                    List.of("PRIMARY"), "MET-02", "MET-03"),
            t("Формирование и оценка функциональной грамотности обучающихся", I, true, TEACHERS, List.of(),
                    "FG-01", "FG-02", "FG-03", "FG-04"),
            t("Читательская грамотность: работа с текстом на уроках всех предметов", C, false, TEACHERS, List.of(),
                    "FG-01"),
            t(TEACHER_UPCOMING_TITLE, C, false, TEACHERS, List.of("MATH"), "FG-02", "SUB-MATH-02"),
            t("Естественнонаучная грамотность: исследовательские задания на уроках физики, химии и биологии", I,
                    false, TEACHERS, List.of("PHYSICS", "CHEMISTRY", "BIOLOGY", "GEOGRAPHY"), "FG-03"),
            t("Глобальные компетенции и финансовая грамотность школьников", C, false, TEACHERS, List.of(), "FG-04"),
            t("Банк заданий PISA-подобного формата: как использовать на уроке", C, false, TEACHERS, List.of(),
                    "FG-01", "FG-02", "FG-03"),
            t("Инклюзивное образование: обучение детей с ОВЗ в общеобразовательном классе", I, true, SUPPORT,
                    List.of(), "PSY-02", "MET-03"),
            t("Адаптированные основные общеобразовательные программы для обучающихся с ОВЗ", I, true, SUPPORT,
                    List.of(), "PSY-02", "MET-04"),
            t("Тьюторское сопровождение обучающихся с ОВЗ и инвалидностью", C, false, SUPPORT, List.of(),
                    "PSY-02", "PSY-01"),
            t("Работа с немотивированными обучающимися: причины, диагностика, приёмы вовлечения", C, false,
                    TEACHERS, List.of(), "PSY-05", "MET-03"),
            t("Профилактика школьной неуспешности: индивидуальные образовательные маршруты", I, false,
                    List.of("TEACHER", "DEPUTY_DIRECTOR", "PSYCHOLOGIST"), List.of(), "PSY-05", "MET-03"),
            t("Учебная мотивация подростков: психолого-педагогические приёмы", C, false,
                    List.of("TEACHER", "PSYCHOLOGIST", "COUNSELOR"), List.of(), "PSY-05", "PSY-01"),
            t("Обучение детей-мигрантов: русский язык как неродной", I, true, TEACHERS,
                    List.of("RUSSIAN", "PRIMARY"), "PSY-03", "SUB-RUS-02"),
            t("Социальная и языковая адаптация детей-мигрантов в школе", C, false, SUPPORT, List.of(), "PSY-03"),
            t("Реализация требований обновлённых ФГОС НОО и ФГОС ООО в работе учителя", I, true, TEACHERS, List.of(),
                    "MET-01", "MET-04"),
            t("Федеральные образовательные программы (ФОП): рабочая программа учителя", I, true, TEACHERS,
                    List.of(), "MET-04"),
            t("Обновлённые ФГОС СОО: проектирование учебного плана и внеурочной деятельности", I, true, LEADERS,
                    List.of(), "MET-04", "COM-03"),
            t("Конструктор рабочих программ и ФОП: практикум для учителя начальных классов", C, false, TEACHERS,
                    List.of("PRIMARY"), "MET-04", "MET-01"),
            t(TEACHER_COMPLETED_TITLE, C, false, TEACHERS, List.of("MATH"), "SUB-MATH-03", "SUB-MATH-01"),
            t("Подготовка к ЕГЭ по математике (профильный уровень): трудные задания второй части", I, true,
                    TEACHERS, List.of("MATH"), "SUB-MATH-01", "SUB-MATH-03"),
            t("Методика обучения решению текстовых задач в 5–9 классах", C, false, TEACHERS, List.of("MATH"),
                    "SUB-MATH-02"),
            t("Геометрия в основной школе: доказательство и построение", C, false, TEACHERS, List.of("MATH"),
                    "SUB-MATH-01", "SUB-MATH-02"),
            t("Подготовка к ОГЭ по русскому языку: сжатое изложение и сочинение-рассуждение", C, false, TEACHERS,
                    List.of("RUSSIAN"), "SUB-RUS-03", "SUB-RUS-02"),
            t("Подготовка к ЕГЭ по русскому языку: сочинение по прочитанному тексту", I, true, TEACHERS,
                    List.of("RUSSIAN", "LITERATURE"), "SUB-RUS-03", "SUB-RUS-01"),
            t("Орфография и пунктуация: трудные случаи и методика их объяснения", C, false, TEACHERS,
                    List.of("RUSSIAN"), "SUB-RUS-01", "SUB-RUS-02"),
            t("Управление школой на основе данных: анализ результатов оценочных процедур", I, true, LEADERS,
                    List.of(), "COM-03", "DIG-02"),
            t("Программа перехода школы в эффективный режим работы: от анализа рисков к плану", I, false, LEADERS,
                    List.of(), "COM-03"),
            t("Внутришкольная система оценки качества образования (ВСОКО)", C, false, LEADERS, List.of(),
                    "COM-03", "DIG-02"),
            t("Наставничество в образовательной организации: модели и практики", C, true,
                    List.of("TEACHER", "DEPUTY_DIRECTOR"), List.of(), "COM-03", "COM-02"),
            t("Школа молодого педагога: первые три года в профессии", C, false, TEACHERS, List.of(),
                    "COM-02", "MET-01"),
            t("Профессиональные обучающиеся сообщества учителей", C, false,
                    List.of("TEACHER", "DEPUTY_DIRECTOR"), List.of(), "COM-03"),
            t("Цифровая образовательная среда: ФГИС «Моя школа» и сервисы на уроке", I, true, TEACHERS, List.of(),
                    "DIG-01", "DIG-02"),
            t("Электронные образовательные ресурсы и дистанционное обучение", C, false, TEACHERS, List.of(),
                    "DIG-01"),
            t("Цифровые инструменты формирующего оценивания", C, false, TEACHERS, List.of(), "DIG-02", "MET-02"),
            t("Взаимодействие школы и семьи: родительские собрания, которые работают", C, false, TEACHERS,
                    List.of(), "COM-01"),
            t("Проектирование современного урока: деятельностный подход", C, false, TEACHERS, List.of(),
                    "MET-01", "MET-03"),
            t("Дифференцированное обучение в разноуровневом классе", I, false, TEACHERS, List.of(),
                    "MET-03", "MET-01"),
            t("Профилактика деструктивного поведения и буллинга в школе", I, false, SUPPORT, List.of(),
                    "PSY-04", "COM-02"));

    record EventTheme(String title, String kind, List<String> competencies) {
    }

    static final List<EventTheme> EVENT_THEMES = List.of(
            new EventTheme("Вебинар «Приёмы формирующего оценивания: “билет на выход” и “две звезды и пожелание”»",
                    "WEBINAR", List.of("MET-02")),
            new EventTheme("Семинар-практикум «Анализ результатов ВПР: от данных к решениям»", "SEMINAR",
                    List.of("COM-03", "DIG-02")),
            new EventTheme("Мастер-класс «Читательская грамотность на уроках математики»", "MASTER_CLASS",
                    List.of("FG-01", "FG-02")),
            new EventTheme("Вебинар «Задания по функциональной грамотности из открытого банка ФИПИ»", "WEBINAR",
                    List.of("FG-01", "FG-02", "FG-03")),
            new EventTheme("Семинар «Ребёнок с ОВЗ в обычном классе: специальные условия»", "SEMINAR",
                    List.of("PSY-02")),
            new EventTheme("Мастер-класс «Как вернуть интерес к учёбе: работа с немотивированными»", "MASTER_CLASS",
                    List.of("PSY-05")),
            new EventTheme("Вебинар «Дети-мигранты: диагностика владения русским языком»", "WEBINAR",
                    List.of("PSY-03", "SUB-RUS-02")),
            new EventTheme("Семинар «ФОП и федеральные рабочие программы: частые вопросы»", "SEMINAR",
                    List.of("MET-04")),
            new EventTheme("Вебинар «ОГЭ по математике-2027: изменения КИМ и подготовка»", "WEBINAR",
                    List.of("SUB-MATH-03")),
            new EventTheme("Вебинар «ЕГЭ по русскому языку-2027: критерии оценивания сочинения»", "WEBINAR",
                    List.of("SUB-RUS-03")),
            new EventTheme("Мастер-класс «Наставник и молодой учитель: разбор урока»", "MASTER_CLASS",
                    List.of("COM-03", "MET-01")),
            new EventTheme("Семинар «ФГИС „Моя школа“: библиотека цифрового контента»", "SEMINAR",
                    List.of("DIG-01")),
            new EventTheme("Региональная конференция «Школы с низкими результатами: практики перехода "
                    + "в эффективный режим»", "CONFERENCE", List.of("COM-03")),
            new EventTheme("Мастер-класс «Профилактика школьной неуспешности в начальной школе»", "MASTER_CLASS",
                    List.of("PSY-05", "MET-03")),
            new EventTheme("Вебинар «Цифровые сервисы для обратной связи на уроке»", "WEBINAR",
                    List.of("DIG-02", "MET-02")));

    record CoursePlan(long id, int regionIndex, long providerId, String title, int hours, String format,
                      String description, boolean federal, boolean approval, String positions, String subjects,
                      List<String> competencies) {
    }

    record SessionPlan(long id, long courseId, LocalDate startsOn, LocalDate endsOn, String format, String place,
                       int capacity, LocalDate deadline, int confirmedCount, int waitlistCounter) {
    }

    record EnrollmentPlan(long sessionId, long personId, String status, Integer waitlistNumber, Instant requestedAt,
                          String requestedBy, Instant decidedAt, String decidedBy, LocalDate completedOn,
                          Integer hours, String certificate) {
    }

    record EventPlan(long id, int regionIndex, String title, String kind, Instant startsAt, Instant endsAt,
                     String place, String description, Integer capacity, String createdBy,
                     List<String> competencies) {
    }

    record RegistrationPlan(long eventId, long personId, Instant registeredAt, boolean attended, Instant markedAt) {
    }

    /** All rows of one region (or, from {@link #plan}, of all regions). */
    record Plan(List<CoursePlan> courses, List<SessionPlan> sessions, List<EnrollmentPlan> enrollments,
                List<EventPlan> events, List<RegistrationPlan> registrations) {

        static Plan empty() {
            return new Plan(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>());
        }

        void addAll(Plan other) {
            courses.addAll(other.courses);
            sessions.addAll(other.sessions);
            enrollments.addAll(other.enrollments);
            events.addAll(other.events);
            registrations.addAll(other.registrations);
        }
    }

    /** Running planned ids (from 1) and the certificate sequence, carried from region to region. */
    static final class Counters {
        long course;
        long session;
        long event;
        long certificate;
    }

    private DemoCourses() {
    }

    // ---------------------------------------------------------------- planning

    /** The whole plan of a model, ids from 1 and person ids as planned; for tests. */
    static Plan plan(DemoRegionModel model) {
        Plan all = Plan.empty();
        Counters counters = new Counters();
        Map<Long, String> logins = logins(model);
        for (Region region : model.regions()) {
            all.addAll(planRegion(model, region, counters, logins, 0));
        }
        return all;
    }

    private static Map<Long, String> logins(DemoRegionModel model) {
        Map<Long, String> logins = new HashMap<>();
        for (PlannedAccount a : model.plannedAccounts()) {
            logins.put(a.person().id(), a.login());
        }
        return logins;
    }

    /** The person the demo account {@code teacher} belongs to. */
    static Person demoTeacher(DemoRegionModel model) {
        return model.plannedAccounts().stream().filter(a -> a.login().equals("teacher")).findFirst().orElseThrow()
                .person();
    }

    static Plan planRegion(DemoRegionModel model, Region region, Counters counters, Map<Long, String> logins,
                           long personOffset) {
        Random random = new Random(DemoRegionModel.mix(DemoRegionModel.SEED ^ COURSES_SALT, region.id()));
        Plan plan = Plan.empty();
        boolean country = model.scale() == DemoScale.COUNTRY;
        Person teacher = demoTeacher(model);
        boolean demoRegion = teacher.regionId() == region.id();

        // Participants: the staff of a sample of the region's schools (all of them up to POOL_SCHOOLS).
        List<School> regionSchools = new ArrayList<>();
        for (School s : model.schools()) {
            if (s.region() == region) {
                regionSchools.add(s);
            }
        }
        List<School> poolSchools = new ArrayList<>(regionSchools);
        if (poolSchools.size() > POOL_SCHOOLS) {
            java.util.Collections.shuffle(poolSchools, random);
            poolSchools = new ArrayList<>(poolSchools.subList(0, POOL_SCHOOLS));
            if (demoRegion && !poolSchools.contains(model.demoSchool())) {
                poolSchools.set(0, model.demoSchool());
            }
            poolSchools.sort(java.util.Comparator.comparingLong(s -> s.id));
        }
        List<Person> pool = new ArrayList<>();
        Map<Long, School> schoolOf = new HashMap<>();
        for (School s : poolSchools) {
            for (Person p : model.staffOf(s)) {
                if (p.id() != teacher.id()) {
                    pool.add(p);
                    schoolOf.put(p.id(), s);
                }
            }
        }

        SupportOrganization cnppm = null;
        SupportOrganization iro = null;
        for (SupportOrganization org : model.supportOrganizations()) {
            if (org.region() == region) {
                if (org.kind() == SupportOrganizationKind.CNPPM) {
                    cnppm = org;
                } else if (org.kind() == SupportOrganizationKind.IRO) {
                    iro = org;
                }
            }
        }
        if (cnppm == null || iro == null) {
            throw new IllegalStateException("Region " + region.name() + " has no ЦНППМ or ИРО");
        }
        String centre = model.municipalities().stream().filter(m -> m.region() == region && m.urbanOkrug())
                .map(Municipality::town).findFirst().orElse("Центральный");

        for (int ti = 0; ti < THEMES.size(); ti++) {
            Theme theme = THEMES.get(ti);
            SupportOrganization provider = theme.provider() == SupportOrganizationKind.CNPPM ? cnppm : iro;
            int hours = HOURS[random.nextInt(HOURS.length)];
            if (theme.federal() && hours < 36) {
                hours = 36;
            }
            double formatRoll = random.nextDouble();
            String format = formatRoll < 0.45 ? "IN_PERSON" : formatRoll < 0.75 ? "DISTANCE" : "BLENDED";
            boolean approval = random.nextDouble() < 0.3;
            boolean formative = theme.title().equals(FORMATIVE_TITLE);
            boolean teacherCompleted = theme.title().equals(TEACHER_COMPLETED_TITLE);
            boolean teacherUpcoming = theme.title().equals(TEACHER_UPCOMING_TITLE);
            if (formative || teacherUpcoming) {
                // The browser journey enrolls `teacher` into the formative course directly.
                approval = false;
            }
            long courseId = ++counters.course;
            plan.courses().add(new CoursePlan(courseId, region.index(), provider.id(), theme.title(), hours, format,
                    description(theme, hours, format, provider), theme.federal(), approval,
                    String.join(",", new TreeSet<>(theme.positions())),
                    String.join(",", new TreeSet<>(theme.subjects())), theme.competencies()));

            List<Person> audience = new ArrayList<>();
            for (Person p : pool) {
                if (theme.positions().contains(p.position().name()) && (theme.subjects().isEmpty()
                        || p.subjects().stream().anyMatch(theme.subjects()::contains))) {
                    audience.add(p);
                }
            }
            int sessions = 1 + random.nextInt(3);
            // Nobody takes the same course twice in one year.
            Set<Long> inCourse = new HashSet<>();
            if (formative || teacherCompleted || teacherUpcoming) {
                sessions = Math.max(sessions, 2);
            }
            for (int si = 0; si < sessions; si++) {
                LocalDate start;
                if ((formative || teacherCompleted || teacherUpcoming) && si == 0) {
                    start = YEAR_FROM.plusDays(7 + random.nextInt(30));
                } else if ((formative || teacherCompleted || teacherUpcoming) && si == 1) {
                    start = LocalDate.of(2027, 1, 18).plusDays(random.nextInt(60));
                } else {
                    start = YEAR_FROM.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(YEAR_FROM, YEAR_TO)));
                }
                if (start.getDayOfWeek().getValue() > 5) {
                    start = start.plusDays(8 - start.getDayOfWeek().getValue());
                }
                LocalDate end = start.plusDays(lengthInDays(hours) - 1);
                LocalDate deadline = start.minusDays(3 + random.nextInt(5));
                int capacity = 20 + random.nextInt(16);
                long sessionId = ++counters.session;
                String place = place(format, provider, centre, random, sessionId);

                boolean past = end.isBefore(TODAY);
                boolean upcoming = start.isAfter(TODAY);
                double fill = past ? 0.7 + 0.3 * random.nextDouble() : upcoming
                        ? 0.4 + 0.9 * random.nextDouble() : 0.75 + 0.25 * random.nextDouble();
                if (country) {
                    fill *= COUNTRY_FILL;
                }
                int wanted = (int) Math.round(capacity * fill);
                if (formative && upcoming) {
                    // An upcoming formative session always keeps free seats for `teacher` to take.
                    wanted = Math.min(wanted, capacity - 5);
                }
                boolean teacherHere = demoRegion && ((teacherCompleted && si == 0) || (teacherUpcoming && si == 1));
                List<Person> chosen = sample(audience, pool, wanted, random, inCourse);
                chosen.forEach(p -> inCourse.add(p.id()));

                List<EnrollmentPlan> rows = new ArrayList<>();
                // Requests come in before the deadline, after the catalogue opened, and never after "today".
                LocalDate lastDay = deadline.isBefore(TODAY) ? deadline : TODAY.minusDays(1);
                LocalDate firstDay = lastDay.minusDays(40).isBefore(CATALOGUE_OPENED)
                        ? CATALOGUE_OPENED : lastDay.minusDays(40);
                Instant windowStart = firstDay.atTime(7, 0).toInstant(ZoneOffset.UTC);
                long windowMinutes = Math.max(1, ChronoUnit.DAYS.between(firstDay, lastDay)) * 24 * 60 - 120;
                int confirmed = 0;
                int waitlist = 0;
                int n = chosen.size() + (teacherHere ? 1 : 0);
                for (int k = 0; k < n; k++) {
                    Instant requestedAt = windowStart.plus(windowMinutes * k / Math.max(1, n)
                            + random.nextInt(60), ChronoUnit.MINUTES);
                    // `teacher` asks early (a third into the list), so a seat is always still free.
                    boolean isTeacher = teacherHere && k == n / 3;
                    Person p;
                    if (isTeacher) {
                        p = teacher;
                    } else {
                        int index = teacherHere && k > n / 3 ? k - 1 : k;
                        p = chosen.get(index);
                    }
                    String own = login(p, logins, personOffset);
                    School school = isTeacher ? model.demoSchool() : schoolOf.get(p.id());
                    String director = directorLogin(school, logins, personOffset);
                    String requestedBy = !isTeacher && random.nextDouble() < 0.25 ? director : own;
                    Instant decidedAt = approval
                            ? notAfterToday(requestedAt.plus(1 + random.nextInt(3), ChronoUnit.DAYS)) : null;
                    String decidedBy = approval ? director : null;
                    double roll = random.nextDouble();
                    if (isTeacher) {
                        if (past) {
                            confirmed++;
                            rows.add(new EnrollmentPlan(sessionId, p.id(), "COMPLETED", null, requestedAt,
                                    requestedBy, decidedAt, decidedBy, end, hours, certificate(++counters.certificate)));
                        } else {
                            confirmed++;
                            rows.add(new EnrollmentPlan(sessionId, p.id(), "CONFIRMED", null, requestedAt,
                                    requestedBy, decidedAt, decidedBy, null, null, null));
                        }
                        continue;
                    }
                    if (!past && roll < 0.05) {
                        rows.add(new EnrollmentPlan(sessionId, p.id(), "CANCELLED", null, requestedAt, requestedBy,
                                notAfterToday(requestedAt.plus(2, ChronoUnit.DAYS)), own, null, null, null));
                    } else if (approval && upcoming && roll < 0.15) {
                        rows.add(new EnrollmentPlan(sessionId, p.id(), "PENDING_APPROVAL", null, requestedAt,
                                requestedBy, null, null, null, null, null));
                    } else if (approval && roll < 0.18) {
                        rows.add(new EnrollmentPlan(sessionId, p.id(), "REJECTED", null, requestedAt, requestedBy,
                                decidedAt, decidedBy, null, null, null));
                    } else if (confirmed < capacity) {
                        confirmed++;
                        if (past && roll < 0.93) {
                            rows.add(new EnrollmentPlan(sessionId, p.id(), "COMPLETED", null, requestedAt,
                                    requestedBy, decidedAt, decidedBy, end, hours,
                                    certificate(++counters.certificate)));
                        } else {
                            rows.add(new EnrollmentPlan(sessionId, p.id(), "CONFIRMED", null, requestedAt,
                                    requestedBy, decidedAt, decidedBy, null, null, null));
                        }
                    } else if (upcoming) {
                        waitlist++;
                        rows.add(new EnrollmentPlan(sessionId, p.id(), "WAITLISTED", waitlist, requestedAt,
                                requestedBy, decidedAt, decidedBy, null, null, null));
                    }
                }
                plan.sessions().add(new SessionPlan(sessionId, courseId, start, end, format, place, capacity,
                        deadline, confirmed, waitlist));
                plan.enrollments().addAll(rows);
            }
        }
        planEvents(model, region, counters, plan, pool, cnppm, iro, centre, random, logins, personOffset);
        return plan;
    }

    private static void planEvents(DemoRegionModel model, Region region, Counters counters, Plan plan,
                                   List<Person> pool, SupportOrganization cnppm, SupportOrganization iro,
                                   String centre, Random random, Map<Long, String> logins, long personOffset) {
        String createdBy = model.plannedAccounts().stream()
                .filter(a -> a.login().equals("methodologist") && a.person().regionId() == region.id())
                .map(PlannedAccount::login).findFirst()
                .orElseGet(() -> "u" + (personOffset + model.officePersons().stream()
                        .filter(p -> p.position() == Position.METHODOLOGIST && p.regionId() == region.id())
                        .findFirst().orElseThrow().id()));
        List<Person> staff = new ArrayList<>();
        for (Person p : pool) {
            if (p.position() != Position.DIRECTOR) {
                staff.add(p);
            }
        }
        for (int i = 0; i < EVENT_THEMES.size(); i++) {
            EventTheme theme = EVENT_THEMES.get(i);
            SupportOrganization org = i % 3 == 2 ? iro : cnppm;
            LocalDate day = YEAR_FROM.plusDays(10 + (long) i * 14 + random.nextInt(10));
            if (day.getDayOfWeek().getValue() > 5) {
                day = day.plusDays(8 - day.getDayOfWeek().getValue());
            }
            int hour = 6 + random.nextInt(6);
            Instant startsAt = day.atTime(hour, 0).toInstant(ZoneOffset.UTC);
            int minutes = switch (theme.kind()) {
                case "WEBINAR" -> 90;
                case "CONFERENCE" -> 360;
                default -> 180;
            };
            Instant endsAt = startsAt.plus(minutes, ChronoUnit.MINUTES);
            Integer capacity = switch (theme.kind()) {
                case "WEBINAR" -> random.nextBoolean() ? null : 500;
                case "CONFERENCE" -> 300;
                case "MASTER_CLASS" -> 25;
                default -> 40;
            };
            String place = theme.kind().equals("WEBINAR")
                    ? "https://" + org.mailDomain() + "/webinar/e" + (counters.event + 1)
                    : "г. " + centre + ", " + org.shortName().split(" ")[0] + ", "
                    + RussianNames.STREETS.get(random.nextInt(RussianNames.STREETS.size())) + ", д. "
                    + (1 + random.nextInt(60)) + ", ауд. " + (1 + random.nextInt(30));
            long eventId = ++counters.event;
            plan.events().add(new EventPlan(eventId, region.index(), theme.title(), theme.kind(), startsAt, endsAt,
                    place, theme.title() + ". Проводит " + org.shortName() + ".", capacity, createdBy,
                    theme.competencies()));
            boolean past = endsAt.isBefore(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC));
            int wanted = Math.min(capacity == null ? 80 : capacity, 15 + random.nextInt(46));
            if (model.scale() == DemoScale.COUNTRY) {
                wanted = (int) Math.round(wanted * COUNTRY_FILL);
            }
            for (Person p : sample(staff, staff, wanted, random, Set.of())) {
                Instant registeredAt = startsAt.minus(1 + random.nextInt(20), ChronoUnit.DAYS)
                        .plus(random.nextInt(600), ChronoUnit.MINUTES);
                if (notAfterToday(registeredAt).isBefore(registeredAt)) {
                    // Upcoming events: registrations of the last two weeks before "today".
                    registeredAt = notAfterToday(registeredAt).minus(1 + random.nextInt(14 * 24 * 60), ChronoUnit.MINUTES);
                }
                boolean attended = past && random.nextDouble() < 0.82;
                plan.registrations().add(new RegistrationPlan(eventId, p.id(), registeredAt, attended,
                        past ? endsAt.plus(1, ChronoUnit.HOURS) : null));
            }
        }
    }

    /** The moment before the demo's "today" (07:00 UTC, the start of a working day) that nothing may follow. */
    private static Instant notAfterToday(Instant instant) {
        Instant limit = TODAY.atTime(7, 0).toInstant(ZoneOffset.UTC);
        return instant.isAfter(limit) ? limit : instant;
    }

    /** Up to {@code count} distinct people of the audience, topped up from the pool when it is small. */
    private static List<Person> sample(List<Person> audience, List<Person> pool, int count, Random random,
                                       Set<Long> exclude) {
        List<Person> result = new ArrayList<>(count);
        Set<Long> taken = new HashSet<>(exclude);
        for (List<Person> from : List.of(audience, pool)) {
            int attempts = 0;
            while (result.size() < count && attempts < count * 20 + 100) {
                attempts++;
                Person p = from.get(random.nextInt(from.size()));
                if (taken.add(p.id())) {
                    result.add(p);
                }
            }
            if (result.size() >= count || from.size() >= count) {
                break;
            }
        }
        return result;
    }

    private static String login(Person p, Map<Long, String> logins, long personOffset) {
        String login = logins.get(p.id());
        return login != null ? login : "u" + (personOffset + p.id());
    }

    /** The director is the first of a school's staff (see {@code DemoRegionModel.staffOf}). */
    private static String directorLogin(School school, Map<Long, String> logins, long personOffset) {
        String login = logins.get(school.firstPersonId);
        return login != null ? login : "u" + (personOffset + school.firstPersonId);
    }

    private static int lengthInDays(int hours) {
        return switch (hours) {
            case 16 -> 2;
            case 24 -> 3;
            case 36 -> 5;
            case 72 -> 12;
            default -> 19;
        };
    }

    private static String place(String format, SupportOrganization provider, String centre, Random random,
                                long sessionId) {
        String link = "https://" + provider.mailDomain() + "/webinar/s" + sessionId;
        String street = RussianNames.STREETS.get(random.nextInt(RussianNames.STREETS.size()));
        String address = "г. " + centre + ", " + provider.shortName().split(" ")[0] + ", " + street + ", д. "
                + (1 + random.nextInt(60)) + ", ауд. " + (1 + random.nextInt(30));
        return switch (format) {
            case "DISTANCE" -> "Вебинар: " + link;
            case "BLENDED" -> address + "; дистанционная часть: " + link;
            default -> address;
        };
    }

    private static String description(Theme theme, int hours, String format, SupportOrganization provider) {
        String how = switch (format) {
            case "DISTANCE" -> "дистанционно (вебинары и задания на платформе)";
            case "BLENDED" -> "в смешанном формате (очные занятия и дистанционные модули)";
            default -> "очно";
        };
        return "Дополнительная профессиональная программа повышения квалификации «" + theme.title() + "», "
                + hours + " ч. Проводится " + how + "; реализует " + provider.shortName()
                + ". По итогам выдаётся удостоверение о повышении квалификации установленного образца."
                + (theme.federal() ? " Программа включена в Федеральный реестр дополнительных профессиональных "
                + "программ педагогического образования." : "");
    }

    /** Twelve digits, «7724» and a sequence number, unique over the whole load. */
    private static String certificate(long sequence) {
        return String.format("7724%08d", sequence);
    }

    // ---------------------------------------------------------------- writing

    /** What {@link #write} put in, for the log and the tests. */
    record Counts(long courses, long sessions, long enrollments, long events, long registrations) {
    }

    static Counts write(Connection c, DemoRegionModel model, long personOffset, long regionOffset,
                        long organizationOffset) throws SQLException {
        long started = System.nanoTime();
        long courseBase = max(c, "course");
        long sessionBase = max(c, "course_session");
        long eventBase = max(c, "learning_event");
        long enrollmentId = max(c, "enrollment");
        long registrationId = max(c, "event_registration");
        Counters counters = new Counters();
        Map<Long, String> logins = logins(model);
        long courses = 0;
        long sessions = 0;
        long enrollments = 0;
        long events = 0;
        long registrations = 0;
        try (Batch courseRows = new Batch(c, "INSERT INTO course (id, title, provider_id, region_id, hours, format, "
                + "description, federal_register, requires_approval, status, audience_positions, audience_subjects, "
                + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, ?, ?)");
             Batch competencyRows = new Batch(c, "INSERT INTO course_competency (course_id, competency_code) "
                     + "VALUES (?, ?)");
             Batch sessionRows = new Batch(c, "INSERT INTO course_session (id, course_id, starts_on, ends_on, format, "
                     + "place, capacity, enrollment_deadline, status, confirmed_count, waitlist_counter) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)");
             Batch enrollmentRows = new Batch(c, "INSERT INTO enrollment (id, session_id, person_id, status, "
                     + "waitlist_number, requested_at, requested_by, decided_at, decided_by, completed_on, hours, "
                     + "certificate_number) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             Batch eventRows = new Batch(c, "INSERT INTO learning_event (id, title, kind, region_id, starts_at, "
                     + "ends_at, place, description, capacity, status, created_by, created_at) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)");
             Batch eventCompetencyRows = new Batch(c, "INSERT INTO event_competency (event_id, competency_code) "
                     + "VALUES (?, ?)");
             Batch registrationRows = new Batch(c, "INSERT INTO event_registration (id, event_id, person_id, "
                     + "registered_at, attended, marked_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            Timestamp createdAt = Timestamp.from(CATALOGUE_OPENED.atTime(7, 0).toInstant(ZoneOffset.UTC));
            for (Region region : model.regions()) {
                Plan plan = planRegion(model, region, counters, logins, personOffset);
                for (CoursePlan course : plan.courses()) {
                    PreparedStatement ps = courseRows.row();
                    ps.setLong(1, courseBase + course.id());
                    ps.setString(2, course.title());
                    ps.setLong(3, organizationOffset + course.providerId());
                    ps.setLong(4, regionOffset + region.id());
                    ps.setInt(5, course.hours());
                    ps.setString(6, course.format());
                    ps.setString(7, course.description());
                    ps.setBoolean(8, course.federal());
                    ps.setBoolean(9, course.approval());
                    ps.setString(10, course.positions());
                    ps.setString(11, course.subjects());
                    ps.setTimestamp(12, createdAt);
                    courseRows.add();
                    for (String code : course.competencies()) {
                        PreparedStatement cc = competencyRows.row();
                        cc.setLong(1, courseBase + course.id());
                        cc.setString(2, code);
                        competencyRows.add();
                    }
                }
                for (SessionPlan s : plan.sessions()) {
                    PreparedStatement ps = sessionRows.row();
                    ps.setLong(1, sessionBase + s.id());
                    ps.setLong(2, courseBase + s.courseId());
                    ps.setObject(3, s.startsOn());
                    ps.setObject(4, s.endsOn());
                    ps.setString(5, s.format());
                    ps.setString(6, s.place());
                    ps.setInt(7, s.capacity());
                    ps.setObject(8, s.deadline());
                    ps.setInt(9, s.confirmedCount());
                    ps.setInt(10, s.waitlistCounter());
                    sessionRows.add();
                }
                for (EnrollmentPlan e : plan.enrollments()) {
                    PreparedStatement ps = enrollmentRows.row();
                    ps.setLong(1, ++enrollmentId);
                    ps.setLong(2, sessionBase + e.sessionId());
                    ps.setLong(3, personOffset + e.personId());
                    ps.setString(4, e.status());
                    setInt(ps, 5, e.waitlistNumber());
                    ps.setTimestamp(6, Timestamp.from(e.requestedAt()));
                    ps.setString(7, e.requestedBy());
                    setTimestamp(ps, 8, e.decidedAt());
                    ps.setString(9, e.decidedBy());
                    setDate(ps, 10, e.completedOn());
                    setInt(ps, 11, e.hours());
                    ps.setString(12, e.certificate());
                    enrollmentRows.add();
                }
                for (EventPlan ev : plan.events()) {
                    PreparedStatement ps = eventRows.row();
                    ps.setLong(1, eventBase + ev.id());
                    ps.setString(2, ev.title());
                    ps.setString(3, ev.kind());
                    ps.setLong(4, regionOffset + region.id());
                    ps.setTimestamp(5, Timestamp.from(ev.startsAt()));
                    ps.setTimestamp(6, Timestamp.from(ev.endsAt()));
                    ps.setString(7, ev.place());
                    ps.setString(8, ev.description());
                    setInt(ps, 9, ev.capacity());
                    ps.setString(10, ev.createdBy());
                    ps.setTimestamp(11, createdAt);
                    eventRows.add();
                    for (String code : ev.competencies()) {
                        PreparedStatement ec = eventCompetencyRows.row();
                        ec.setLong(1, eventBase + ev.id());
                        ec.setString(2, code);
                        eventCompetencyRows.add();
                    }
                }
                for (RegistrationPlan r : plan.registrations()) {
                    PreparedStatement ps = registrationRows.row();
                    ps.setLong(1, ++registrationId);
                    ps.setLong(2, eventBase + r.eventId());
                    ps.setLong(3, personOffset + r.personId());
                    ps.setTimestamp(4, Timestamp.from(r.registeredAt()));
                    ps.setBoolean(5, r.attended());
                    setTimestamp(ps, 6, r.markedAt());
                    registrationRows.add();
                }
                courses += plan.courses().size();
                sessions += plan.sessions().size();
                enrollments += plan.enrollments().size();
                events += plan.events().size();
                registrations += plan.registrations().size();
            }
            // Parents before children: a batch flushes on its own once full, so order the final flushes.
            for (Batch b : List.of(courseRows, competencyRows, sessionRows, enrollmentRows, eventRows,
                    eventCompetencyRows, registrationRows)) {
                b.flush();
            }
        }
        Counts counts = new Counts(courses, sessions, enrollments, events, registrations);
        LOG.info(() -> String.format("Demo courses: %s written in %.1f s", counts,
                (System.nanoTime() - started) / 1e9));
        return counts;
    }

    private static void setDate(PreparedStatement ps, int index, LocalDate value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setObject(index, value);
        }
    }

    private static void setTimestamp(PreparedStatement ps, int index, Instant value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.TIMESTAMP);
        } else {
            ps.setTimestamp(index, Timestamp.from(value));
        }
    }

    private static void setInt(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    private static long max(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
