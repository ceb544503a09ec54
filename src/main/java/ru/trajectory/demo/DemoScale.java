package ru.trajectory.demo;

/**
 * How much synthetic territory to generate. DEMO is what a developer clicks through; REGION
 * is the load one node must carry (DESIGN.md section 8); COUNTRY is the whole federation,
 * for benchmarks of the clustered set-up. The school flags keep the same proportions at
 * every scale so that indicators look alike whatever the size.
 */
public enum DemoScale {

    /** One region, 10 municipalities, 60 schools, about 1 500 staff. */
    DEMO(1, 10, 60, 1_500, 6, 4, false),
    /** One region, 40 municipalities, 600 schools, about 20 000 staff. */
    REGION(1, 40, 600, 20_000, 14, 8, true),
    /** 85 regions, about 2 550 municipalities, 40 000 schools, about 1.1 million staff. */
    COUNTRY(85, 30, 40_000, 1_100_000, 10, 6, true);

    /** Share of schools flagged ШНОР (low_results) in a program year. */
    public static final double LOW_RESULTS_SHARE = 0.16;
    /** Share of schools flagged ШНСУ (adverse_conditions); some of them are ШНОР too. */
    public static final double ADVERSE_CONDITIONS_SHARE = 0.08;
    /** Share of ШНСУ that are also ШНОР, as happens in real regional lists. */
    public static final double ADVERSE_ALSO_LOW_SHARE = 0.4;
    /** Share of schools flagged ШВР (high_results), the candidates for partner schools. */
    public static final double HIGH_RESULTS_SHARE = 0.16;

    private final int regions;
    private final int municipalitiesPerRegion;
    private final int schools;
    private final int staff;
    private final int cnppmMethodologists;
    private final int iroMethodologists;
    private final boolean accountsForAllStaff;

    DemoScale(int regions, int municipalitiesPerRegion, int schools, int staff,
              int cnppmMethodologists, int iroMethodologists, boolean accountsForAllStaff) {
        this.regions = regions;
        this.municipalitiesPerRegion = municipalitiesPerRegion;
        this.schools = schools;
        this.staff = staff;
        this.cnppmMethodologists = cnppmMethodologists;
        this.iroMethodologists = iroMethodologists;
        this.accountsForAllStaff = accountsForAllStaff;
    }

    public int regions() {
        return regions;
    }

    public int municipalitiesPerRegion() {
        return municipalitiesPerRegion;
    }

    /** Schools over all regions. */
    public int schools() {
        return schools;
    }

    /** Pedagogical staff of schools over all regions (approximate: rounded per school). */
    public int staff() {
        return staff;
    }

    /** Methodologists of each region's ЦНППМ. */
    public int cnppmMethodologists() {
        return cnppmMethodologists;
    }

    /** Methodologists of each region's ИРО (besides its portal administrator). */
    public int iroMethodologists() {
        return iroMethodologists;
    }

    /**
     * Whether every school staff member gets a TEACHER account ({@code u<personId>}), so that
     * load tests can sign in as any of them.
     */
    public boolean accountsForAllStaff() {
        return accountsForAllStaff;
    }

    /** Partnership agreements per region: the demo shows a handful, larger scales about a third of ШНОР. */
    int partnershipsPerRegion(int lowResultsSchools) {
        return this == DEMO ? 4 : Math.max(4, (int) Math.round(lowResultsSchools * 0.35));
    }

    /** Reads a scale name case-insensitively (demo, region, country), as typed on a command line. */
    public static DemoScale parse(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Demo scale is empty; expected demo, region or country");
        }
        try {
            return valueOf(name.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown demo scale '" + name + "'; expected demo, region or country", e);
        }
    }
}
