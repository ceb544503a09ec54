package ru.trajectory.diagnostics.api;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import ru.trajectory.testing.TestDatabase;
import ru.trajectory.testing.TestSql;

/**
 * A published instrument of the demo region written straight into the test database, so that
 * scoring and access tests know every score and weight without depending on demo content.
 */
final class InstrumentFixture {

    /** One item: its competency, kind, weight and one score per option. */
    record ItemSpec(String competencyCode, String kind, String weight, String... scores) {
    }

    final long id;
    final List<Long> items = new ArrayList<>();
    final List<List<Long>> options = new ArrayList<>();

    private InstrumentFixture(long id) {
        this.id = id;
    }

    static InstrumentFixture published(String code, int version, String kind, Integer minutes, List<ItemSpec> specs) {
        try (Connection c = TestDatabase.dataSource().getConnection()) {
            long framework = scalar(c, "SELECT id FROM competency_framework WHERE code = 'PEDAGOG' AND version = 1");
            long region = scalar(c, "SELECT p.region_id FROM account a JOIN person p ON p.id = a.person_id "
                    + "WHERE a.login = 'teacher'");
            long instrumentId;
            try (PreparedStatement p = c.prepareStatement("INSERT INTO instrument (code, version, title, kind, status, "
                    + "framework_id, region_id, time_limit_minutes, items_per_page, published_at) "
                    + "VALUES (?, ?, ?, ?, 'PUBLISHED', ?, ?, ?, 3, CURRENT_TIMESTAMP(3))", Statement.RETURN_GENERATED_KEYS)) {
                p.setString(1, code);
                p.setInt(2, version);
                p.setString(3, "Проверочная диагностика " + code);
                p.setString(4, kind);
                p.setLong(5, framework);
                p.setLong(6, region);
                if (minutes == null) {
                    p.setNull(7, java.sql.Types.INTEGER);
                } else {
                    p.setInt(7, minutes);
                }
                p.executeUpdate();
                instrumentId = key(p);
            }
            InstrumentFixture fixture = new InstrumentFixture(instrumentId);
            int position = 1;
            for (ItemSpec spec : specs) {
                long competency = scalar(c, "SELECT id FROM competency WHERE framework_id = " + framework
                        + " AND code = '" + spec.competencyCode() + "'");
                long itemId;
                try (PreparedStatement p = c.prepareStatement("INSERT INTO instrument_item (instrument_id, position, text, "
                        + "kind, competency_id, weight) VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                    p.setLong(1, instrumentId);
                    p.setInt(2, position);
                    p.setString(3, "Вопрос " + position + " о компетенции " + spec.competencyCode());
                    p.setString(4, spec.kind());
                    p.setLong(5, competency);
                    p.setBigDecimal(6, new BigDecimal(spec.weight()));
                    p.executeUpdate();
                    itemId = key(p);
                }
                fixture.items.add(itemId);
                List<Long> optionIds = new ArrayList<>();
                int optionPosition = 1;
                for (String score : spec.scores()) {
                    try (PreparedStatement p = c.prepareStatement("INSERT INTO item_option (item_id, position, text, score) "
                            + "VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                        p.setLong(1, itemId);
                        p.setInt(2, optionPosition);
                        p.setString(3, "Вариант " + optionPosition++);
                        p.setBigDecimal(4, new BigDecimal(score));
                        p.executeUpdate();
                        optionIds.add(key(p));
                    }
                }
                fixture.options.add(optionIds);
                position++;
            }
            return fixture;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void execute(String sql) {
        TestSql.execute(sql);
    }

    static long count(String sql) {
        return TestSql.number(sql);
    }

    private static long scalar(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            if (!rs.next()) {
                throw new IllegalStateException("No row: " + sql);
            }
            return rs.getLong(1);
        }
    }

    private static long key(PreparedStatement p) throws SQLException {
        try (ResultSet keys = p.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
