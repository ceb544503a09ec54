package ru.trajectory.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import ru.trajectory.demo.DemoRegionModel.Grant;
import ru.trajectory.demo.DemoRegionModel.Municipality;
import ru.trajectory.demo.DemoRegionModel.Partnership;
import ru.trajectory.demo.DemoRegionModel.Person;
import ru.trajectory.demo.DemoRegionModel.PlannedAccount;
import ru.trajectory.demo.DemoRegionModel.Region;
import ru.trajectory.demo.DemoRegionModel.School;
import ru.trajectory.demo.DemoRegionModel.SupportOrganization;
import ru.trajectory.identity.entity.Role;
import ru.trajectory.identity.entity.ScopeType;
import ru.trajectory.identity.service.PasswordHasher;

/**
 * Loads a generated territory with its staff, demo accounts and their diagnostics
 * ({@link DemoDiagnostics}) into an empty database, and
 * tells the launcher which accounts to offer.
 *
 * <p>Rows go in through JDBC batches of prepared statements, which MariaDB Connector/J 3
 * sends as bulk commands ({@code useBulkStmtsForInserts}, on by default). Ids are planned by
 * {@link DemoRegionModel} and shifted past existing rows, so nothing waits for generated
 * keys. For the duration of the load the session turns off foreign-key and unique checks:
 * the plan is consistent by construction (its unit test checks that), and re-checking
 * millions of references costs more than the insert itself. Staff are written in chunks of
 * {@value #CHUNK_PERSONS} people, one transaction each, so memory stays flat at country
 * scale. The DEMO scale fits into one chunk and is therefore loaded atomically; a larger
 * load that fails half-way leaves what it committed and should be repeated on a fresh
 * database.
 *
 * <p>Passwords: the seven named demo accounts each get a hash of their own. The thousands of
 * benchmark accounts ({@code u<personId>} at REGION and COUNTRY scale) and the extra
 * {@code teacherNN} accounts of the DEMO scale share ONE hash computed once per run, that is
 * one salt for all of them. That is acceptable only because the data is synthetic and the
 * password is public; PBKDF2 at 600 000 iterations would otherwise take days for 1.1 million
 * accounts. Real accounts are always hashed one by one by the identity module.
 */
public final class DemoRegionGenerator {

    /** The password of every generated account. */
    public static final String DEMO_PASSWORD = "trajectory-demo";

    private static final Logger LOG = Logger.getLogger(DemoRegionGenerator.class.getName());

    private static final int BATCH = 2_000;
    static final int CHUNK_PERSONS = 5_000;

    private static final Map<String, String> ROLE_DESCRIPTIONS = Map.of(
            "teacher", "педагог ШНОР",
            "mentor", "наставник и педагог ШНОР",
            "methodologist", "методист ЦНППМ",
            "director", "директор ШНОР (администратор школы)",
            "municipal", "муниципальный координатор",
            "regional", "региональный оператор",
            "admin", "администратор портала");

    /** The role each named login is described by (its other roles come with it). */
    private static final Map<String, Role> MAIN_ROLES = Map.of(
            "teacher", Role.TEACHER,
            "mentor", Role.MENTOR,
            "methodologist", Role.METHODOLOGIST,
            "director", Role.SCHOOL_ADMIN,
            "municipal", Role.MUNICIPAL_COORDINATOR,
            "regional", Role.REGIONAL_OPERATOR,
            "admin", Role.ADMIN);

    private DemoRegionGenerator() {
    }

    /** True when the database already holds a territory, so the launcher loads on first start only. */
    public static boolean isLoaded(DataSource dataSource) {
        try (Connection c = dataSource.getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT 1 FROM region LIMIT 1")) {
            return rs.next();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell whether demo data is loaded: " + e.getMessage(), e);
        }
    }

    /**
     * Generates the territory of {@code scale} and writes it into an empty, migrated database.
     *
     * @return the named demo accounts as {@link #describeDemoAccounts(DataSource)} reads them back
     * @throws IllegalStateException when a territory is already there or the database refuses the data
     */
    public static List<DemoAccount> load(DataSource dataSource, DemoScale scale) {
        if (isLoaded(dataSource)) {
            throw new IllegalStateException("The database already holds a territory; demo data goes into an empty one");
        }
        ExecutorService hashing = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            // PBKDF2 takes ~180 ms a hash: compute them while the plan is built and the territory written.
            List<Future<String>> hashes = new ArrayList<>();
            for (int i = 0; i <= DemoRegionModel.NAMED_LOGINS.size(); i++) {
                hashes.add(hashing.submit(() -> new PasswordHasher().hash(DEMO_PASSWORD.toCharArray())));
            }
            long started = System.nanoTime();
            DemoRegionModel model = DemoRegionModel.plan(scale);
            LOG.info(() -> String.format("Demo data %s: %d regions, %d schools, %d people planned", scale,
                    model.regions().size(), model.schools().size(), model.totalPersons()));
            try (Connection c = dataSource.getConnection()) {
                new Writer(c, model, hashes).write();
            }
            LOG.info(() -> String.format("Demo data %s loaded in %.1f s", scale, (System.nanoTime() - started) / 1e9));
        } catch (SQLException e) {
            throw new IllegalStateException("Demo data could not be written: " + e.getMessage(), e);
        } finally {
            hashing.shutdownNow();
        }
        return describeDemoAccounts(dataSource);
    }

    /**
     * The named demo accounts of an already loaded database, with names read from it, in the
     * launcher's order; accounts someone has since deleted are left out.
     */
    public static List<DemoAccount> describeDemoAccounts(DataSource dataSource) {
        String sql = "SELECT a.login, p.last_name, p.first_name, p.middle_name, r.role, r.scope_type, r.scope_id "
                + "FROM account a JOIN person p ON p.id = a.person_id "
                + "JOIN role_assignment r ON r.account_id = a.id WHERE a.login IN (?, ?, ?, ?, ?, ?, ?)";
        Map<String, DemoAccount> found = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < DemoRegionModel.NAMED_LOGINS.size(); i++) {
                ps.setString(i + 1, DemoRegionModel.NAMED_LOGINS.get(i));
            }
            List<String[]> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new String[] {rs.getString(1), fullName(rs.getString(2), rs.getString(3), rs.getString(4)),
                        rs.getString(5), rs.getString(6), rs.getString(7)});
                }
            }
            for (String[] row : rows) {
                String login = row[0];
                if (!MAIN_ROLES.get(login).name().equals(row[2])) {
                    continue;
                }
                String scope = scopeDescription(c, row[3], row[4] == null ? null : Long.valueOf(row[4]));
                found.put(login, new DemoAccount(login, DEMO_PASSWORD, row[1], ROLE_DESCRIPTIONS.get(login), scope));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the demo accounts: " + e.getMessage(), e);
        }
        List<DemoAccount> ordered = new ArrayList<>();
        for (String login : DemoRegionModel.NAMED_LOGINS) {
            DemoAccount account = found.get(login);
            if (account != null) {
                ordered.add(account);
            }
        }
        return ordered;
    }

    private static String fullName(String last, String first, String middle) {
        return middle == null ? last + " " + first : last + " " + first + " " + middle;
    }

    private static String scopeDescription(Connection c, String scopeType, Long scopeId) throws SQLException {
        if (scopeId == null) {
            return "все регионы";
        }
        return switch (ScopeType.valueOf(scopeType)) {
            case SCHOOL -> single(c, "SELECT CONCAT(s.name, ', ', m.name, ', ', r.name) FROM school s "
                    + "JOIN municipality m ON m.id = s.municipality_id JOIN region r ON r.id = m.region_id "
                    + "WHERE s.id = ?", scopeId);
            case MUNICIPALITY -> single(c, "SELECT CONCAT(m.name, ', ', r.name) FROM municipality m "
                    + "JOIN region r ON r.id = m.region_id WHERE m.id = ?", scopeId);
            case REGION -> single(c, "SELECT name FROM region WHERE id = ?", scopeId);
            case GLOBAL -> "все регионы";
        };
    }

    private static String single(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : "#" + id;
            }
        }
    }

    /** A prepared INSERT that sends itself every {@value #BATCH} rows (also used by {@link DemoDiagnostics}). */
    static final class Batch implements AutoCloseable {
        private final PreparedStatement statement;
        private int pending;
        private long rows;

        Batch(Connection c, String sql) throws SQLException {
            this.statement = c.prepareStatement(sql);
        }

        PreparedStatement row() {
            return statement;
        }

        void add() throws SQLException {
            statement.addBatch();
            pending++;
            rows++;
            if (pending >= BATCH) {
                flush();
            }
        }

        void flush() throws SQLException {
            if (pending > 0) {
                statement.executeBatch();
                statement.clearBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            statement.close();
        }
    }

    /** Id shifts per table, so the planned ids (from 1) land after whatever rows exist. */
    private record Offsets(long region, long municipality, long school, long partnership, long organization,
                           long person, long account, long role) {

        static Offsets read(Connection c) throws SQLException {
            return new Offsets(max(c, "region"), max(c, "municipality"), max(c, "school"), max(c, "partnership"),
                    max(c, "support_organization"), max(c, "person"), max(c, "account"), max(c, "role_assignment"));
        }

        private static long max(Connection c, String table) throws SQLException {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static final class Writer {
        private final Connection c;
        private final DemoRegionModel model;
        private final List<Future<String>> hashes;
        private Offsets o;
        private long nextAccountId;
        private long nextRoleId;

        Writer(Connection c, DemoRegionModel model, List<Future<String>> hashes) {
            this.c = c;
            this.model = model;
            this.hashes = hashes;
        }

        void write() throws SQLException {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SET SESSION foreign_key_checks = 0, unique_checks = 0");
            }
            try {
                o = Offsets.read(c);
                writeTerritory();
                writePeople();
                DemoDiagnostics.write(c, model, o.person(), o.region());
                DemoCourses.write(c, model, o.person(), o.region(), o.organization());
                DemoPractices.write(c, model, o.person(), o.region(), o.school());
                c.commit();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(e);
                throw e;
            } finally {
                // The connection may go back to a pool: leave the session as it was.
                try (Statement s = c.createStatement()) {
                    s.execute("SET SESSION foreign_key_checks = 1, unique_checks = 1");
                }
                c.setAutoCommit(autoCommit);
            }
        }

        private void rollbackQuietly(Exception cause) {
            try {
                c.rollback();
            } catch (SQLException e) {
                cause.addSuppressed(e);
            }
        }

        private void writeTerritory() throws SQLException {
            try (Batch regions = new Batch(c, "INSERT INTO region (id, code, name) VALUES (?, ?, ?)");
                 Batch municipalities = new Batch(c, "INSERT INTO municipality (id, region_id, name) VALUES (?, ?, ?)");
                 Batch schools = new Batch(c, "INSERT INTO school (id, municipality_id, name, short_name, settlement, "
                         + "address) VALUES (?, ?, ?, ?, ?, ?)");
                 Batch years = new Batch(c, "INSERT INTO school_program_year (school_id, program_year, low_results, "
                         + "adverse_conditions, high_results) VALUES (?, ?, ?, ?, ?)");
                 Batch partnerships = new Batch(c, "INSERT INTO partnership (id, school_id, partner_school_id, "
                         + "agreement_number, valid_from, valid_to) VALUES (?, ?, ?, ?, ?, ?)");
                 Batch organizations = new Batch(c, "INSERT INTO support_organization (id, region_id, name, "
                         + "short_name, kind) VALUES (?, ?, ?, ?, ?)")) {
                for (Region r : model.regions()) {
                    PreparedStatement ps = regions.row();
                    ps.setLong(1, o.region() + r.id());
                    ps.setString(2, r.code());
                    ps.setString(3, r.name());
                    regions.add();
                }
                for (Municipality m : model.municipalities()) {
                    PreparedStatement ps = municipalities.row();
                    ps.setLong(1, o.municipality() + m.id());
                    ps.setLong(2, o.region() + m.region().id());
                    ps.setString(3, m.name());
                    municipalities.add();
                }
                for (School s : model.schools()) {
                    PreparedStatement ps = schools.row();
                    ps.setLong(1, o.school() + s.id);
                    ps.setLong(2, o.municipality() + s.municipality.id());
                    ps.setString(3, s.name);
                    ps.setString(4, s.shortName);
                    ps.setString(5, s.settlement.name());
                    ps.setString(6, s.address);
                    schools.add();
                    for (int year : new int[] {DemoRegionModel.PREVIOUS_YEAR, DemoRegionModel.CURRENT_YEAR}) {
                        DemoRegionModel.Flags flags = s.flags(year);
                        PreparedStatement y = years.row();
                        y.setLong(1, o.school() + s.id);
                        y.setInt(2, year);
                        y.setBoolean(3, flags.lowResults());
                        y.setBoolean(4, flags.adverseConditions());
                        y.setBoolean(5, flags.highResults());
                        years.add();
                    }
                }
                for (Partnership p : model.partnerships()) {
                    PreparedStatement ps = partnerships.row();
                    ps.setLong(1, o.partnership() + p.id());
                    ps.setLong(2, o.school() + p.schoolId());
                    ps.setLong(3, o.school() + p.partnerSchoolId());
                    ps.setString(4, p.agreementNumber());
                    ps.setObject(5, p.validFrom());
                    ps.setObject(6, p.validTo());
                    partnerships.add();
                }
                for (SupportOrganization org : model.supportOrganizations()) {
                    PreparedStatement ps = organizations.row();
                    ps.setLong(1, o.organization() + org.id());
                    ps.setLong(2, o.region() + org.region().id());
                    ps.setString(3, org.name());
                    ps.setString(4, org.shortName());
                    ps.setString(5, org.kind().name());
                    organizations.add();
                }
                regions.flush();
                municipalities.flush();
                schools.flush();
                years.flush();
                partnerships.flush();
                organizations.flush();
            }
        }

        private void writePeople() throws SQLException {
            nextAccountId = model.plannedAccounts().size() + 1L;
            nextRoleId = model.plannedAccounts().stream().mapToLong(a -> a.grants().size()).sum() + 1;
            boolean staffAccounts = model.scale().accountsForAllStaff();
            String sharedHash = hash(0);
            try (Batch persons = new Batch(c, "INSERT INTO person (id, last_name, first_name, middle_name, email, "
                    + "school_id, support_organization_id, municipality_id, region_id, position, experience_years, "
                    + "qualification_category) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 Batch subjects = new Batch(c, "INSERT INTO person_subject (person_id, subject_code) VALUES (?, ?)");
                 Batch accounts = new Batch(c, "INSERT INTO account (id, person_id, login, password_hash) "
                         + "VALUES (?, ?, ?, ?)");
                 Batch roles = new Batch(c, "INSERT INTO role_assignment (id, account_id, role, scope_type, scope_id) "
                         + "VALUES (?, ?, ?, ?, ?)")) {
                for (Person p : model.officePersons()) {
                    person(persons, subjects, p);
                }
                int sinceCommit = model.officePersons().size();
                long regionId = -1;
                for (School school : model.schools()) {
                    if (school.region().id() != regionId) {
                        regionId = school.region().id();
                        logRegion(school.region());
                    }
                    for (Person p : model.staffOf(school)) {
                        person(persons, subjects, p);
                        if (staffAccounts && !model.hasPlannedAccount(p.id())) {
                            long accountId = nextAccountId++;
                            long personId = o.person() + p.id();
                            PreparedStatement a = accounts.row();
                            a.setLong(1, o.account() + accountId);
                            a.setLong(2, personId);
                            a.setString(3, "u" + personId);
                            a.setString(4, sharedHash);
                            accounts.add();
                            role(roles, accountId, new Grant(Role.TEACHER, ScopeType.SCHOOL, school.id));
                        }
                    }
                    sinceCommit += school.staffCount();
                    if (sinceCommit >= CHUNK_PERSONS) {
                        commit(persons, subjects, accounts, roles);
                        sinceCommit = 0;
                    }
                }
                // The named accounts point at people written above.
                for (PlannedAccount planned : model.plannedAccounts()) {
                    int hashIndex = planned.ownHash() ? (int) planned.id() : 0;
                    PreparedStatement a = accounts.row();
                    a.setLong(1, o.account() + planned.id());
                    a.setLong(2, o.person() + planned.person().id());
                    a.setString(3, planned.login());
                    a.setString(4, hash(hashIndex));
                    accounts.add();
                }
                long roleId = 1;
                for (PlannedAccount planned : model.plannedAccounts()) {
                    for (Grant grant : planned.grants()) {
                        roleRow(roles, roleId++, planned.id(), grant);
                    }
                }
                persons.flush();
                subjects.flush();
                accounts.flush();
                roles.flush();
            }
        }

        private void logRegion(Region region) {
            if (model.regions().size() > 1) {
                LOG.log(Level.INFO, "Demo data: staff of {0} ({1}/{2})",
                        new Object[] {region.name(), region.index() + 1, model.regions().size()});
            }
        }

        private void commit(Batch... batches) throws SQLException {
            for (Batch b : batches) {
                b.flush();
            }
            c.commit();
        }

        private void person(Batch persons, Batch subjects, Person p) throws SQLException {
            long id = o.person() + p.id();
            PreparedStatement ps = persons.row();
            ps.setLong(1, id);
            ps.setString(2, p.lastName());
            ps.setString(3, p.firstName());
            ps.setString(4, p.middleName());
            ps.setString(5, p.email());
            setId(ps, 6, p.schoolId(), o.school());
            setId(ps, 7, p.supportOrganizationId(), o.organization());
            setId(ps, 8, p.municipalityId(), o.municipality());
            ps.setLong(9, o.region() + p.regionId());
            ps.setString(10, p.position().name());
            ps.setInt(11, p.experienceYears());
            ps.setString(12, p.category().name());
            persons.add();
            for (String subject : p.subjects()) {
                PreparedStatement s = subjects.row();
                s.setLong(1, id);
                s.setString(2, subject);
                subjects.add();
            }
        }

        private void role(Batch roles, long accountId, Grant grant) throws SQLException {
            roleRow(roles, nextRoleId++, accountId, grant);
        }

        private void roleRow(Batch roles, long roleId, long accountId, Grant grant) throws SQLException {
            PreparedStatement ps = roles.row();
            ps.setLong(1, o.role() + roleId);
            ps.setLong(2, o.account() + accountId);
            ps.setString(3, grant.role().name());
            ps.setString(4, grant.scopeType().name());
            Long scope = switch (grant.scopeType()) {
                case SCHOOL -> o.school() + grant.scopeId();
                case MUNICIPALITY -> o.municipality() + grant.scopeId();
                case REGION -> o.region() + grant.scopeId();
                case GLOBAL -> null;
            };
            if (scope == null) {
                ps.setNull(5, Types.BIGINT);
            } else {
                ps.setLong(5, scope);
            }
            roles.add();
        }

        private static void setId(PreparedStatement ps, int index, Long planned, long offset) throws SQLException {
            if (planned == null) {
                ps.setNull(index, Types.BIGINT);
            } else {
                ps.setLong(index, offset + planned);
            }
        }

        private String hash(int index) {
            try {
                return hashes.get(index).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while hashing demo passwords", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("Hashing a demo password failed", e.getCause());
            }
        }
    }
}
