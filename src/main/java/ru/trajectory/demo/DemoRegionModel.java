package ru.trajectory.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

import ru.trajectory.identity.entity.Role;
import ru.trajectory.identity.entity.ScopeType;
import ru.trajectory.organizations.entity.Position;
import ru.trajectory.organizations.entity.QualificationCategory;
import ru.trajectory.organizations.entity.Settlement;
import ru.trajectory.organizations.entity.SupportOrganizationKind;

/**
 * The plan of a generated territory, built in memory before anything is written.
 *
 * <p>The territory itself (regions, municipalities, schools, flags, partnerships, support
 * centres and the staff of authorities and centres) is small even for the whole country and
 * is held here. School staff are not: {@link #staffOf(School)} derives them on demand from
 * a random stream seeded by the school, so the writer can stream 1.1 million people in
 * chunks, and the same school always gets the same people whatever order it is asked in.
 *
 * <p>Ids are planned here, starting at 1 in every table; the writer shifts them past any
 * rows a table already holds.
 */
final class DemoRegionModel {

    static final long SEED = 20_260_901L;
    /** The program year of the school year 2026/27, the current one. */
    static final int CURRENT_YEAR = 2026;
    static final int PREVIOUS_YEAR = 2025;

    /** Logins of the accounts every scale has, in the order the launcher lists them. */
    static final List<String> NAMED_LOGINS =
            List.of("teacher", "mentor", "methodologist", "director", "municipal", "regional", "admin");

    private static final int MIN_STAFF = 8;
    private static final int EXTRA_TEACHER_ACCOUNTS = 20;

    enum SchoolType { SOSH, SOSH_ADVANCED, GYMNASIUM, LYCEUM, OOSH }

    record Region(long id, int index, String code, String name, String genitive, String addressName,
                  String mailZone, int postPrefix) {
    }

    record Municipality(long id, Region region, boolean urbanOkrug, String town, String name, String mailLabel,
                        int postBase) {
    }

    /** The flags of one program year; high results never coexist with the other two (schema CHECK). */
    record Flags(boolean lowResults, boolean adverseConditions, boolean highResults) {
        static final Flags NONE = new Flags(false, false, false);

        boolean any() {
            return lowResults || adverseConditions || highResults;
        }
    }

    static final class School {
        final long id;
        final Municipality municipality;
        final String name;
        final String shortName;
        final Settlement settlement;
        final SchoolType type;
        final String address;
        final String mailDomain;
        final double staffWeight;
        int staffCount;
        long firstPersonId;
        Flags current = Flags.NONE;
        Flags previous = Flags.NONE;

        School(long id, Municipality municipality, String name, String shortName, Settlement settlement,
               SchoolType type, String address, String mailDomain, double staffWeight) {
            this.id = id;
            this.municipality = municipality;
            this.name = name;
            this.shortName = shortName;
            this.settlement = settlement;
            this.type = type;
            this.address = address;
            this.mailDomain = mailDomain;
            this.staffWeight = staffWeight;
        }

        Region region() {
            return municipality.region();
        }

        int staffCount() {
            return staffCount;
        }

        Flags flags(int programYear) {
            return programYear == CURRENT_YEAR ? current : previous;
        }
    }

    record Partnership(long id, long schoolId, long partnerSchoolId, String agreementNumber,
                       LocalDate validFrom, LocalDate validTo) {
    }

    record SupportOrganization(long id, Region region, SupportOrganizationKind kind, String name, String shortName,
                               String mailDomain) {
    }

    /** A row of the staff register; ids of the workplace are null where the column is NULL. */
    record Person(long id, String lastName, String firstName, String middleName, boolean female, String email,
                  Long schoolId, Long supportOrganizationId, Long municipalityId, long regionId,
                  Position position, int experienceYears, QualificationCategory category, List<String> subjects) {

        String fullName() {
            return lastName + " " + firstName + " " + middleName;
        }
    }

    record Grant(Role role, ScopeType scopeType, Long scopeId) {
    }

    /**
     * An account planned by name. {@code ownHash} accounts get a password hash of their own;
     * the others share one (see {@link DemoRegionGenerator}).
     */
    record PlannedAccount(long id, String login, Person person, boolean ownHash, List<Grant> grants) {
    }

    private final DemoScale scale;
    private final List<Region> regions = new ArrayList<>();
    private final List<Municipality> municipalities = new ArrayList<>();
    private final List<School> schools = new ArrayList<>();
    private final List<Partnership> partnerships = new ArrayList<>();
    private final List<SupportOrganization> supportOrganizations = new ArrayList<>();
    private final List<Person> officePersons = new ArrayList<>();
    private final List<PlannedAccount> accounts = new ArrayList<>();
    private final Set<Long> personsWithPlannedAccounts = new HashSet<>();
    private School demoSchool;
    /** The demo teacher's person id when {@link #staffOf} must give them MATH (see planAccounts); 0 otherwise. */
    private long demoTeacherTurnedMath;
    private long totalPersons;

    private DemoRegionModel(DemoScale scale) {
        this.scale = scale;
    }

    /** Builds the plan of a scale; the same scale always yields the same plan. */
    static DemoRegionModel plan(DemoScale scale) {
        DemoRegionModel model = new DemoRegionModel(Objects.requireNonNull(scale, "scale"));
        model.build();
        return model;
    }

    DemoScale scale() {
        return scale;
    }

    List<Region> regions() {
        return regions;
    }

    List<Municipality> municipalities() {
        return municipalities;
    }

    List<School> schools() {
        return schools;
    }

    List<Partnership> partnerships() {
        return partnerships;
    }

    List<SupportOrganization> supportOrganizations() {
        return supportOrganizations;
    }

    /** Regional and municipal specialists and the staff of ЦНППМ and ИРО. */
    List<Person> officePersons() {
        return officePersons;
    }

    /** The seven named demo accounts first, then (DEMO scale) teacher01..teacher20. */
    List<PlannedAccount> plannedAccounts() {
        return accounts;
    }

    boolean hasPlannedAccount(long personId) {
        return personsWithPlannedAccounts.contains(personId);
    }

    /** The ШНОР school the demo accounts teacher, mentor and director belong to. */
    School demoSchool() {
        return demoSchool;
    }

    long totalPersons() {
        return totalPersons;
    }

    // ---------------------------------------------------------------- territory

    private void build() {
        Random random = new Random(SEED);
        int regionCount = scale.regions();
        long schoolId = 0;
        long municipalityId = 0;
        for (int r = 0; r < regionCount; r++) {
            Region region = region(r);
            regions.add(region);
            int regionSchools = (int) ((long) scale.schools() * (r + 1) / regionCount - (long) scale.schools() * r / regionCount);
            List<Municipality> regionMunicipalities = municipalities(region, random, municipalityId);
            municipalityId += regionMunicipalities.size();
            municipalities.addAll(regionMunicipalities);
            int[] perMunicipality = spreadSchools(regionMunicipalities, regionSchools, random);
            List<School> regionSchoolList = new ArrayList<>(regionSchools);
            for (int m = 0; m < regionMunicipalities.size(); m++) {
                List<School> made = schoolsOf(regionMunicipalities.get(m), perMunicipality[m], schoolId, random);
                schoolId += made.size();
                regionSchoolList.addAll(made);
            }
            schools.addAll(regionSchoolList);
            flag(regionSchoolList, random, r == 0);
            partner(regionSchoolList, random);
            supportOrganizations.add(new SupportOrganization(2L * r + 1, region, SupportOrganizationKind.CNPPM,
                    "Центр непрерывного повышения профессионального мастерства педагогических работников "
                            + region.genitive(),
                    "ЦНППМ " + region.genitive(), "cnppm." + region.code().toLowerCase() + ".edu.example"));
            supportOrganizations.add(new SupportOrganization(2L * r + 2, region, SupportOrganizationKind.IRO,
                    "Государственное автономное учреждение дополнительного профессионального образования "
                            + "«Институт развития образования " + region.genitive() + "»",
                    "ИРО " + region.genitive(), "iro." + region.code().toLowerCase() + ".edu.example"));
        }
        sizeStaff();
        planOfficePersons();
        long next = officePersons.size() + 1L;
        for (School school : schools) {
            school.firstPersonId = next;
            next += school.staffCount;
        }
        totalPersons = next - 1;
        planAccounts();
    }

    private static Region region(int index) {
        int roots = RussianNames.REGION_ROOTS.size();
        String adjective = RussianNames.REGION_PREFIXES.get(index / roots) + RussianNames.REGION_ROOTS.get(index % roots);
        String code = index == 0 ? "SO" : String.format("R%02d", index + 1);
        String zone = index == 0 ? "" : "." + code.toLowerCase();
        return new Region(index + 1L, index, code, adjective + " область", RussianNames.regionGenitive(adjective),
                adjective + " обл.", zone, 160 + (index * 7) % 800);
    }

    private List<Municipality> municipalities(Region region, Random random, long idBefore) {
        int count = scale.municipalitiesPerRegion();
        int okrugs = Math.max(1, (int) Math.round(count * 0.22));
        int districts = count - okrugs;
        List<String> okrugTowns = new ArrayList<>(RussianNames.OKRUG_TOWNS);
        List<String> districtTowns = new ArrayList<>(RussianNames.DISTRICT_TOWNS);
        if (okrugs > okrugTowns.size() || districts > districtTowns.size()) {
            throw new IllegalStateException("Not enough town names for " + count + " municipalities");
        }
        if (region.index() > 0) {
            // The demo region keeps the lists' order (Озёрск, Берёзовский район first); others vary.
            Collections.shuffle(okrugTowns, random);
            Collections.shuffle(districtTowns, random);
        }
        List<Municipality> result = new ArrayList<>(count);
        long id = idBefore;
        for (int i = 0; i < okrugs; i++) {
            String town = okrugTowns.get(i);
            id++;
            result.add(new Municipality(id, region, true, town, "Городской округ " + town, RussianNames.latin(town),
                    region.postPrefix() * 1000 + i * 20));
        }
        for (int i = 0; i < districts; i++) {
            String town = districtTowns.get(i);
            String adjective = RussianNames.districtAdjective(town);
            id++;
            result.add(new Municipality(id, region, false, town, adjective + " муниципальный район",
                    RussianNames.latin(adjective), region.postPrefix() * 1000 + 300 + i * 15));
        }
        return result;
    }

    /** Urban okrugs get about three times the schools of a district; every municipality at least two. */
    private static int[] spreadSchools(List<Municipality> list, int total, Random random) {
        double[] weights = new double[list.size()];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = list.get(i).urbanOkrug() ? 2.0 + random.nextDouble() : 0.6 + 0.8 * random.nextDouble();
            sum += weights[i];
        }
        int[] counts = new int[weights.length];
        int assigned = 0;
        int spare = total - 2 * weights.length;
        if (spare < 0) {
            throw new IllegalStateException("Too few schools for the municipalities");
        }
        double[] remainders = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            double exact = spare * weights[i] / sum;
            counts[i] = 2 + (int) exact;
            remainders[i] = exact - (int) exact;
            assigned += counts[i];
        }
        while (assigned < total) {
            int best = 0;
            for (int i = 1; i < remainders.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            counts[best]++;
            remainders[best] = -1;
            assigned++;
        }
        return counts;
    }

    private List<School> schoolsOf(Municipality municipality, int count, long idBefore, Random random) {
        List<School> result = new ArrayList<>(count);
        int centreSchools;
        List<String> villages = new ArrayList<>();
        if (municipality.urbanOkrug()) {
            centreSchools = count;
        } else {
            centreSchools = Math.max(1, Math.min(count, (int) Math.round(count * 0.3)));
            villages.addAll(RussianNames.VILLAGES);
            Collections.shuffle(villages, random);
            // Villages run out only in implausibly large districts; the town then takes the rest.
            centreSchools = Math.max(centreSchools, count - villages.size());
        }
        long id = idBefore;
        int number = 0;
        for (int i = 0; i < centreSchools; i++) {
            number += i > 0 && random.nextDouble() < 0.15 ? 2 : 1;
            id++;
            result.add(townSchool(id, municipality, number, random));
        }
        for (int i = 0; i < count - centreSchools; i++) {
            id++;
            result.add(villageSchool(id, municipality, villages.get(i), random));
        }
        return result;
    }

    private School townSchool(long id, Municipality municipality, int number, Random random) {
        double roll = random.nextDouble();
        SchoolType type;
        if (municipality.urbanOkrug()) {
            type = roll < 0.10 ? SchoolType.GYMNASIUM : roll < 0.18 ? SchoolType.LYCEUM
                    : roll < 0.23 ? SchoolType.SOSH_ADVANCED : roll < 0.30 ? SchoolType.OOSH : SchoolType.SOSH;
        } else {
            type = roll < 0.08 ? SchoolType.GYMNASIUM : roll < 0.18 ? SchoolType.OOSH : SchoolType.SOSH;
        }
        String town = municipality.town();
        String inTown = "г. " + RussianNames.townGenitive(town);
        String form = type == SchoolType.GYMNASIUM || type == SchoolType.LYCEUM || random.nextDouble() < 0.25
                ? "МАОУ" : "МБОУ";
        String quoted;
        String shortName;
        String mailbox;
        switch (type) {
            case GYMNASIUM -> {
                quoted = "Гимназия № " + number;
                shortName = "Гимназия № " + number;
                mailbox = "gymnasium" + number;
            }
            case LYCEUM -> {
                quoted = "Лицей № " + number;
                shortName = "Лицей № " + number;
                mailbox = "lyceum" + number;
            }
            case SOSH_ADVANCED -> {
                quoted = "Средняя общеобразовательная школа № " + number
                        + " с углублённым изучением отдельных предметов";
                shortName = "СОШ № " + number + " с УИОП";
                mailbox = "school" + number;
            }
            case OOSH -> {
                quoted = "Основная общеобразовательная школа № " + number;
                shortName = "ООШ № " + number;
                mailbox = "school" + number;
            }
            default -> {
                quoted = "Средняя общеобразовательная школа № " + number;
                shortName = "СОШ № " + number;
                mailbox = "school" + number;
            }
        }
        Region region = municipality.region();
        String district = municipality.urbanOkrug() ? "" : RussianNames.districtAdjective(town) + " р-н, ";
        String address = String.format("%06d, %s, %sг. %s, %s, д. %d", municipality.postBase() + random.nextInt(15),
                region.addressName(), district, town, street(random), 1 + random.nextInt(120));
        double weight = switch (type) {
            case GYMNASIUM, LYCEUM -> 1.5 + 0.6 * random.nextDouble();
            case SOSH_ADVANCED -> 1.6 + 0.6 * random.nextDouble();
            case OOSH -> 0.7 + 0.3 * random.nextDouble();
            default -> 1.3 + 0.8 * random.nextDouble();
        };
        return new School(id, municipality, form + " «" + quoted + "» " + inTown, shortName + " " + inTown,
                Settlement.CITY, type, address,
                mailbox + "." + RussianNames.latin(town) + region.mailZone() + ".edu.example", weight);
    }

    private School villageSchool(long id, Municipality municipality, String village, Random random) {
        boolean secondary = random.nextDouble() < 0.55;
        boolean selo = village.endsWith("ое") || village.endsWith("ье") || village.contains(" ")
                || random.nextDouble() < 0.7;
        String place = (selo ? "с. " : "д. ") + village;
        String form = random.nextDouble() < 0.6 ? "МКОУ" : "МБОУ";
        String kind = secondary ? "Средняя общеобразовательная школа" : "Основная общеобразовательная школа";
        Region region = municipality.region();
        String address = String.format("%06d, %s, %s р-н, %s, %s, д. %d", municipality.postBase() + random.nextInt(15),
                region.addressName(), RussianNames.districtAdjective(municipality.town()), place, street(random),
                1 + random.nextInt(40));
        double weight = secondary ? 0.6 + 0.4 * random.nextDouble() : 0.35 + 0.2 * random.nextDouble();
        String mailbox = (secondary ? "sosh-" : "oosh-") + RussianNames.latin(village);
        return new School(id, municipality, form + " «" + kind + " " + place + "»",
                (secondary ? "СОШ " : "ООШ ") + place, Settlement.RURAL,
                secondary ? SchoolType.SOSH : SchoolType.OOSH, address,
                mailbox + "." + municipality.mailLabel() + region.mailZone() + ".edu.example", weight);
    }

    private static String street(Random random) {
        return RussianNames.STREETS.get(random.nextInt(RussianNames.STREETS.size()));
    }

    // ---------------------------------------------------------------- flags and partnerships

    /**
     * ШНОР lean to small rural schools, ШВР to town gymnasiums and lyceums, as in real lists.
     * The previous year differs in a couple of schools: some entered the program this year,
     * some left it.
     */
    private void flag(List<School> regionSchools, Random random, boolean demoRegion) {
        int n = regionSchools.size();
        int lowCount = (int) Math.round(n * DemoScale.LOW_RESULTS_SHARE);
        int adverseCount = (int) Math.round(n * DemoScale.ADVERSE_CONDITIONS_SHARE);
        int bothCount = (int) Math.round(adverseCount * DemoScale.ADVERSE_ALSO_LOW_SHARE);
        int highCount = (int) Math.round(n * DemoScale.HIGH_RESULTS_SHARE);

        List<School> byRisk = ranked(regionSchools, random, s -> true, s ->
                (s.settlement == Settlement.RURAL ? 0.6 : 0) + (s.type == SchoolType.OOSH ? 0.3 : 0)
                        - (s.type == SchoolType.GYMNASIUM || s.type == SchoolType.LYCEUM ? 2 : 0));
        Set<School> low = new LinkedHashSet<>(byRisk.subList(0, lowCount));
        Set<School> adverse = new LinkedHashSet<>();
        for (School s : ranked(new ArrayList<>(low), random, s -> true, s -> 0)) {
            if (adverse.size() < bothCount) {
                adverse.add(s);
            }
        }
        for (School s : ranked(regionSchools, random, s -> !low.contains(s), s ->
                (s.settlement == Settlement.RURAL ? 0.8 : 0)
                        - (s.type == SchoolType.GYMNASIUM || s.type == SchoolType.LYCEUM ? 2 : 0))) {
            if (adverse.size() < adverseCount) {
                adverse.add(s);
            }
        }
        List<School> high = ranked(regionSchools, random, s -> !low.contains(s) && !adverse.contains(s), s ->
                (s.type == SchoolType.GYMNASIUM || s.type == SchoolType.LYCEUM ? 1.5 : 0)
                        + (s.type == SchoolType.SOSH_ADVANCED ? 1.0 : 0)
                        + (s.settlement == Settlement.CITY ? 0.5 : 0));
        Set<School> highSet = new HashSet<>(high.subList(0, Math.min(highCount, high.size())));
        for (School s : regionSchools) {
            s.current = new Flags(low.contains(s), adverse.contains(s), highSet.contains(s));
            s.previous = s.current;
        }

        if (demoRegion) {
            demoSchool = chooseDemoSchool(regionSchools);
        }
        int changes = Math.max(2, (int) Math.round(n * 0.02));
        List<School> entered = ranked(new ArrayList<>(low), random, s -> s != demoSchool, s -> 0);
        List<School> left = ranked(regionSchools, random, s -> !s.current.any(), s -> 0);
        for (int i = 0; i < changes; i++) {
            if (i % 2 == 0 && i / 2 < entered.size()) {
                School s = entered.get(i / 2);
                s.previous = new Flags(false, s.current.adverseConditions(), false);
            } else if (i % 2 == 1 && i / 2 < left.size()) {
                School s = left.get(i / 2);
                s.previous = new Flags(true, false, false);
            }
        }
    }

    /** The schools passing {@code filter}, highest {@code bias + noise} first. */
    private static List<School> ranked(List<School> source, Random random, Predicate<School> filter,
                                       java.util.function.ToDoubleFunction<School> bias) {
        List<School> candidates = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        for (School s : source) {
            double noise = random.nextDouble();
            if (filter.test(s)) {
                candidates.add(s);
                scores.add(bias.applyAsDouble(s) + noise);
            }
        }
        Integer[] order = new Integer[candidates.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(scores.get(b), scores.get(a)));
        List<School> result = new ArrayList<>(order.length);
        for (Integer i : order) {
            result.add(candidates.get(i));
        }
        return result;
    }

    /** A rural ШНОР of a decent size that is not also ШНСУ: the typical school of the program. */
    private static School chooseDemoSchool(List<School> regionSchools) {
        School fallback = null;
        for (School s : regionSchools) {
            if (!s.current.lowResults()) {
                continue;
            }
            if (fallback == null || s.staffWeight > fallback.staffWeight) {
                fallback = s;
            }
            if (s.settlement == Settlement.RURAL && s.type == SchoolType.SOSH && !s.current.adverseConditions()
                    && s.staffWeight >= 0.8) {
                return s;
            }
        }
        return fallback;
    }

    private void partner(List<School> regionSchools, Random random) {
        List<School> low = new ArrayList<>();
        List<School> high = new ArrayList<>();
        for (School s : regionSchools) {
            if (s.current.lowResults()) {
                low.add(s);
            }
            if (s.current.highResults()) {
                high.add(s);
            }
        }
        if (high.isEmpty()) {
            return;
        }
        Collections.shuffle(low, random);
        if (demoSchool != null && low.remove(demoSchool)) {
            low.add(0, demoSchool);
        }
        int count = Math.min(low.size(), scale.partnershipsPerRegion(low.size()));
        int number = 2 + random.nextInt(5);
        for (int i = 0; i < count; i++) {
            School school = low.get(i);
            List<School> near = high.stream().filter(h -> h.municipality == school.municipality).toList();
            List<School> pool = near.isEmpty() ? high : near;
            School partner = pool.get(random.nextInt(pool.size()));
            number += 1 + random.nextInt(4);
            boolean twoYear = i == 1;
            int year = twoYear ? PREVIOUS_YEAR : CURRENT_YEAR;
            partnerships.add(new Partnership(partnerships.size() + 1L, school.id, partner.id,
                    "№ " + number + "/" + year + "-П", LocalDate.of(year, 9, 1), LocalDate.of(CURRENT_YEAR + 1, 8, 31)));
        }
    }

    // ---------------------------------------------------------------- staff

    /** Spreads the scale's staff over the schools by their size weight; no school below eight. */
    private void sizeStaff() {
        double weightSum = 0;
        for (School s : schools) {
            weightSum += s.staffWeight;
        }
        double perWeight = scale.staff() / weightSum;
        for (School s : schools) {
            s.staffCount = Math.max(MIN_STAFF, (int) Math.round(s.staffWeight * perWeight));
        }
    }

    private void planOfficePersons() {
        long id = 0;
        for (Region region : regions) {
            Random random = new Random(mix(SEED, -1L - region.index()));
            String ministry = "minobr." + region.code().toLowerCase() + ".gov.example";
            officePersons.add(officer(++id, random, region, null, null, Position.SPECIALIST, ministry, null));
            for (Municipality m : municipalities) {
                if (m.region() == region) {
                    officePersons.add(officer(++id, random, region, m.id(), null, Position.SPECIALIST,
                            "uo." + m.mailLabel() + region.mailZone() + ".edu.example", null));
                }
            }
            for (SupportOrganization org : supportOrganizations) {
                if (org.region() != region) {
                    continue;
                }
                int methodologists = org.kind() == SupportOrganizationKind.CNPPM
                        ? scale.cnppmMethodologists() : scale.iroMethodologists();
                Set<String> emails = new HashSet<>();
                for (int i = 0; i < methodologists; i++) {
                    officePersons.add(officer(++id, random, region, null, org.id(), Position.METHODOLOGIST,
                            org.mailDomain(), emails));
                }
                if (org.kind() == SupportOrganizationKind.IRO) {
                    officePersons.add(officer(++id, random, region, null, org.id(), Position.SPECIALIST,
                            org.mailDomain(), emails));
                }
            }
        }
    }

    private static Person officer(long id, Random random, Region region, Long municipalityId, Long organizationId,
                                  Position position, String mailDomain, Set<String> takenEmails) {
        boolean female = random.nextDouble() < 0.75;
        String[] name = name(random, female);
        int experience = 8 + random.nextInt(28);
        QualificationCategory category = position == Position.METHODOLOGIST
                ? (random.nextDouble() < 0.7 ? QualificationCategory.HIGHEST : QualificationCategory.FIRST)
                : QualificationCategory.NONE;
        List<String> subjects = position == Position.METHODOLOGIST
                ? List.of(firstSubject(random)) : List.of();
        Set<String> emails = takenEmails == null ? new HashSet<>() : takenEmails;
        return new Person(id, name[0], name[1], name[2], female, email(name, mailDomain, emails), null,
                organizationId, municipalityId, region.id(), position, experience, category, subjects);
    }

    /**
     * The staff of one school, always the same for the same school: director first, then
     * deputies and specialists, then teachers.
     */
    List<Person> staffOf(School school) {
        Random random = new Random(mix(SEED, school.id));
        int n = school.staffCount;
        List<Position> positions = new ArrayList<>(n);
        positions.add(Position.DIRECTOR);
        int deputies = n < 15 ? 1 : n < 40 ? 2 : 3;
        for (int i = 0; i < deputies; i++) {
            positions.add(Position.DEPUTY_DIRECTOR);
        }
        int keepTeachers = Math.max(3, n / 2);
        addIf(positions, n, keepTeachers, Position.PSYCHOLOGIST, n >= 12 || random.nextDouble() < 0.4);
        addIf(positions, n, keepTeachers, Position.SOCIAL_PEDAGOGUE, random.nextDouble() < (n >= 15 ? 0.8 : 0.3));
        addIf(positions, n, keepTeachers, Position.SPEECH_THERAPIST, random.nextDouble() < (n >= 25 ? 0.6 : 0.15));
        addIf(positions, n, keepTeachers, Position.COUNSELOR, random.nextDouble() < 0.7);
        addIf(positions, n, keepTeachers, Position.TUTOR, random.nextDouble() < (n >= 30 ? 0.3 : 0.08));
        int additional = n >= 30 ? 1 + random.nextInt(2) : random.nextDouble() < 0.4 ? 1 : 0;
        for (int i = 0; i < additional; i++) {
            addIf(positions, n, keepTeachers, Position.ADDITIONAL_EDUCATION, true);
        }
        while (positions.size() < n) {
            positions.add(Position.TEACHER);
        }

        List<Person> staff = new ArrayList<>(n);
        Set<String> emails = new HashSet<>();
        long id = school.firstPersonId;
        Municipality municipality = school.municipality;
        for (Position position : positions) {
            List<String> subjects = subjects(position, random);
            boolean female = random.nextDouble() < femaleShare(position, subjects);
            String[] name = name(random, female);
            int experience = experience(position, random);
            staff.add(new Person(id++, name[0], name[1], name[2], female, email(name, school.mailDomain, emails),
                    school.id, null, municipality.id(), municipality.region().id(), position, experience,
                    category(experience, random), subjects));
        }
        if (school == demoSchool && demoTeacherTurnedMath != 0) {
            staff.replaceAll(p -> p.id() == demoTeacherTurnedMath ? teachingMath(p) : p);
        }
        return staff;
    }

    private static Person teachingMath(Person p) {
        return new Person(p.id(), p.lastName(), p.firstName(), p.middleName(), p.female(), p.email(), p.schoolId(),
                p.supportOrganizationId(), p.municipalityId(), p.regionId(), p.position(), p.experienceYears(),
                p.category(), List.of("MATH"));
    }

    private static void addIf(List<Position> positions, int n, int keepTeachers, Position position, boolean wanted) {
        if (wanted && positions.size() < n - keepTeachers) {
            positions.add(position);
        }
    }

    private static double femaleShare(Position position, List<String> subjects) {
        switch (position) {
            case DIRECTOR:
                return 0.7;
            case DEPUTY_DIRECTOR:
                return 0.8;
            case PSYCHOLOGIST, SPEECH_THERAPIST, SOCIAL_PEDAGOGUE, TUTOR:
                return 0.95;
            case ADDITIONAL_EDUCATION:
                return 0.7;
            case TEACHER:
                if (subjects.isEmpty()) {
                    return 0.85;
                }
                return switch (subjects.get(0)) {
                    case "PE" -> 0.45;
                    case "SAFETY" -> 0.3;
                    case "TECHNOLOGY", "INFORMATICS" -> 0.55;
                    case "PHYSICS" -> 0.7;
                    case "PRIMARY" -> 0.97;
                    default -> 0.9;
                };
            default:
                return 0.85;
        }
    }

    private static int experience(Position position, Random random) {
        return switch (position) {
            case DIRECTOR -> 12 + random.nextInt(29);
            case DEPUTY_DIRECTOR -> 8 + random.nextInt(31);
            default -> random.nextDouble() < 0.105
                    ? random.nextInt(3)
                    : 3 + (random.nextInt(38) + random.nextInt(38)) / 2;
        };
    }

    private static QualificationCategory category(int experience, Random random) {
        double roll = random.nextDouble();
        if (experience < 2) {
            return QualificationCategory.NONE;
        }
        if (experience < 5) {
            return roll < 0.7 ? QualificationCategory.NONE : QualificationCategory.FIRST;
        }
        if (experience < 15) {
            return roll < 0.3 ? QualificationCategory.NONE : roll < 0.8 ? QualificationCategory.FIRST
                    : QualificationCategory.HIGHEST;
        }
        return roll < 0.15 ? QualificationCategory.NONE : roll < 0.5 ? QualificationCategory.FIRST
                : QualificationCategory.HIGHEST;
    }

    // Subject of a teacher's main load, with weights, and the usual second subject with its probability.
    private static final String[] SUBJECTS = {
        "PRIMARY", "RUSSIAN", "MATH", "ENGLISH", "HISTORY", "BIOLOGY", "CHEMISTRY", "GEOGRAPHY", "PHYSICS",
        "INFORMATICS", "PE", "ARTS", "MUSIC", "TECHNOLOGY", "SAFETY", "SOCIAL", "LITERATURE", "GERMAN"};
    private static final int[] SUBJECT_WEIGHTS = {28, 12, 12, 9, 6, 4, 2, 3, 3, 3, 6, 2, 2, 3, 1, 1, 1, 1};
    private static final String[] SECOND_SUBJECT = {
        null, "LITERATURE", "INFORMATICS", "GERMAN", "SOCIAL", "CHEMISTRY", "BIOLOGY", "BIOLOGY", "MATH",
        "MATH", "SAFETY", "TECHNOLOGY", "ARTS", "ARTS", "PE", "HISTORY", "RUSSIAN", "ENGLISH"};
    private static final double[] SECOND_SHARE = {
        0, 0.8, 0.2, 0.1, 0.8, 0.4, 0.5, 0.3, 0.3, 0.4, 0.25, 0.3, 0.2, 0.2, 0.5, 0.6, 1.0, 0.4};
    private static final int SUBJECT_WEIGHT_SUM = java.util.Arrays.stream(SUBJECT_WEIGHTS).sum();
    private static final List<String> ADDITIONAL_SUBJECTS = List.of("ARTS", "MUSIC", "TECHNOLOGY", "PE", "INFORMATICS");

    private static int subjectIndex(Random random) {
        int roll = random.nextInt(SUBJECT_WEIGHT_SUM);
        for (int i = 0; i < SUBJECT_WEIGHTS.length; i++) {
            roll -= SUBJECT_WEIGHTS[i];
            if (roll < 0) {
                return i;
            }
        }
        return 0;
    }

    private static String firstSubject(Random random) {
        return SUBJECTS[subjectIndex(random)];
    }

    private static List<String> subjects(Position position, Random random) {
        switch (position) {
            case TEACHER: {
                int i = subjectIndex(random);
                if (SECOND_SUBJECT[i] != null && random.nextDouble() < SECOND_SHARE[i]) {
                    return List.of(SUBJECTS[i], SECOND_SUBJECT[i]);
                }
                return List.of(SUBJECTS[i]);
            }
            case DIRECTOR, DEPUTY_DIRECTOR: {
                if (random.nextDouble() < 0.7) {
                    return List.of(firstSubject(random));
                }
                return List.of();
            }
            case ADDITIONAL_EDUCATION: {
                if (random.nextDouble() < 0.6) {
                    return List.of(ADDITIONAL_SUBJECTS.get(random.nextInt(ADDITIONAL_SUBJECTS.size())));
                }
                return List.of();
            }
            default:
                return List.of();
        }
    }

    /** {last, first, middle}, all three in the same gender. */
    private static String[] name(Random random, boolean female) {
        String surname = RussianNames.SURNAMES.get(random.nextInt(RussianNames.SURNAMES.size()));
        String[] patronymic = RussianNames.PATRONYMICS.get(random.nextInt(RussianNames.PATRONYMICS.size()));
        if (female) {
            return new String[] {RussianNames.feminine(surname),
                RussianNames.FEMALE_FIRST.get(random.nextInt(RussianNames.FEMALE_FIRST.size())), patronymic[1]};
        }
        return new String[] {surname, RussianNames.MALE_FIRST.get(random.nextInt(RussianNames.MALE_FIRST.size())),
            patronymic[0]};
    }

    /** surname.initials@domain (ivanova.mp@…), numbered when the school already has the same. */
    private static String email(String[] name, String domain, Set<String> taken) {
        String local = RussianNames.latin(name[0]) + "." + RussianNames.latin(name[1].substring(0, 1))
                + RussianNames.latin(name[2].substring(0, 1));
        String candidate = local;
        for (int i = 2; !taken.add(candidate); i++) {
            candidate = local + i;
        }
        return candidate + "@" + domain;
    }

    /** A well-spread seed per school or region: java.util.Random gives similar first draws to close seeds. */
    static long mix(long seed, long salt) {
        long z = seed + salt * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    // ---------------------------------------------------------------- accounts

    private void planAccounts() {
        School school = demoSchool;
        Region region = school.region();
        List<Person> staff = staffOf(school);
        Person director = staff.stream().filter(p -> p.position() == Position.DIRECTOR).findFirst().orElseThrow();
        Person chosen = staff.stream()
                .filter(p -> p.position() == Position.TEACHER && p.experienceYears() < 3
                        && !p.subjects().contains("PRIMARY"))
                .findFirst()
                .orElseGet(() -> staff.stream().filter(p -> p.position() == Position.TEACHER).findFirst().orElseThrow());
        // The demo diagnostics include a test for mathematics teachers that the browser journey takes
        // as `teacher`, so the demo teacher teaches MATH; staffOf writes the same subject.
        if (!chosen.subjects().contains("MATH")) {
            demoTeacherTurnedMath = chosen.id();
            chosen = teachingMath(chosen);
        }
        Person teacher = chosen;
        Person mentor = staff.stream()
                .filter(p -> p.position() == Position.TEACHER && p.id() != teacher.id())
                .max(java.util.Comparator.<Person>comparingInt(p ->
                                p.subjects().stream().anyMatch(teacher.subjects()::contains) ? 1 : 0)
                        .thenComparingInt(p -> p.category() == QualificationCategory.HIGHEST ? 1 : 0)
                        .thenComparingInt(p -> Math.min(p.experienceYears(), 25)))
                .orElseThrow();
        Person methodologist = officePersons.stream()
                .filter(p -> p.regionId() == region.id() && p.position() == Position.METHODOLOGIST
                        && p.supportOrganizationId() == 2L * region.index() + 1)
                .findFirst().orElseThrow();
        Person municipal = officePersons.stream()
                .filter(p -> p.position() == Position.SPECIALIST
                        && Objects.equals(p.municipalityId(), school.municipality.id()))
                .findFirst().orElseThrow();
        Person regional = officePersons.stream()
                .filter(p -> p.regionId() == region.id() && p.position() == Position.SPECIALIST
                        && p.municipalityId() == null && p.supportOrganizationId() == null)
                .findFirst().orElseThrow();
        Person admin = officePersons.stream()
                .filter(p -> p.position() == Position.SPECIALIST && p.supportOrganizationId() != null
                        && p.supportOrganizationId() == 2L * region.index() + 2)
                .findFirst().orElseThrow();

        Grant inSchool = new Grant(Role.TEACHER, ScopeType.SCHOOL, school.id);
        named("teacher", teacher, inSchool);
        named("mentor", mentor, new Grant(Role.MENTOR, ScopeType.SCHOOL, school.id), inSchool);
        named("methodologist", methodologist, new Grant(Role.METHODOLOGIST, ScopeType.REGION, region.id()));
        named("director", director, new Grant(Role.SCHOOL_ADMIN, ScopeType.SCHOOL, school.id));
        named("municipal", municipal,
                new Grant(Role.MUNICIPAL_COORDINATOR, ScopeType.MUNICIPALITY, school.municipality.id()));
        named("regional", regional, new Grant(Role.REGIONAL_OPERATOR, ScopeType.REGION, region.id()));
        named("admin", admin, new Grant(Role.ADMIN, ScopeType.GLOBAL, null));

        if (scale == DemoScale.DEMO) {
            planExtraTeachers(staff);
        }
    }

    private void named(String login, Person person, Grant... grants) {
        accounts.add(new PlannedAccount(accounts.size() + 1L, login, person, true, List.of(grants)));
        personsWithPlannedAccounts.add(person.id());
    }

    /**
     * teacher01..teacher20: colleagues of the demo teacher, then teachers of the other ШНОР of the
     * region, so that mentoring, school lists and indicators have someone to show.
     */
    private void planExtraTeachers(List<Person> demoStaff) {
        List<Person> candidates = new ArrayList<>();
        for (Person p : demoStaff) {
            if (p.position() == Position.TEACHER && !personsWithPlannedAccounts.contains(p.id())) {
                candidates.add(p);
            }
        }
        candidates = new ArrayList<>(candidates.subList(0, Math.min(12, candidates.size())));
        for (School s : schools) {
            if (s != demoSchool && s.region() == demoSchool.region() && s.current.lowResults()) {
                staffOf(s).stream().filter(p -> p.position() == Position.TEACHER).limit(2).forEach(candidates::add);
            }
        }
        for (int i = 0; i < Math.min(EXTRA_TEACHER_ACCOUNTS, candidates.size()); i++) {
            Person p = candidates.get(i);
            accounts.add(new PlannedAccount(accounts.size() + 1L, String.format("teacher%02d", i + 1), p, false,
                    List.of(new Grant(Role.TEACHER, ScopeType.SCHOOL, p.schoolId()))));
            personsWithPlannedAccounts.add(p.id());
        }
    }
}
