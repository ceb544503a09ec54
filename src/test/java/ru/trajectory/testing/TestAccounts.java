package ru.trajectory.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import ru.trajectory.identity.service.PasswordHasher;

/**
 * Extra accounts for tests that must not disturb the demo accounts (locking a login, say),
 * written straight into the test database with the portal's own password hashing.
 */
public final class TestAccounts {

    private TestAccounts() {
    }

    /** A teacher of the given school with an account holding TEACHER there; returns the person id. */
    public static long teacher(String login, String password, long schoolId) {
        return staff(login, password, schoolId, "TEACHER");
    }

    /** A person of the given school whose account holds the given school-scoped role; returns the person id. */
    public static long staff(String login, String password, long schoolId, String role) {
        try (Connection c = TestDatabase.dataSource().getConnection()) {
            long personId;
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO person (last_name, first_name, middle_name, email, school_id, municipality_id, region_id, "
                            + "position, experience_years) SELECT 'Тестова', 'Анна', 'Игоревна', ?, s.id, m.id, m.region_id, "
                            + "'TEACHER', 5 FROM school s JOIN municipality m ON m.id = s.municipality_id WHERE s.id = ?",
                    Statement.RETURN_GENERATED_KEYS)) {
                p.setString(1, login + "@test.example");
                p.setLong(2, schoolId);
                if (p.executeUpdate() != 1) {
                    throw new IllegalArgumentException("No school " + schoolId);
                }
                personId = generatedKey(p);
            }
            long accountId;
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO account (person_id, login, password_hash) VALUES (?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                p.setLong(1, personId);
                p.setString(2, login);
                p.setString(3, new PasswordHasher().hash(password.toCharArray()));
                p.executeUpdate();
                accountId = generatedKey(p);
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO role_assignment (account_id, role, scope_type, scope_id) VALUES (?, ?, 'SCHOOL', ?)")) {
                p.setLong(1, accountId);
                p.setString(2, role);
                p.setLong(3, schoolId);
                p.executeUpdate();
            }
            return personId;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The school where the demo account works (its person's school). */
    public static long schoolOf(String login) {
        return scalar("SELECT p.school_id FROM account a JOIN person p ON p.id = a.person_id WHERE a.login = ?", login);
    }

    public static long personOf(String login) {
        return scalar("SELECT person_id FROM account WHERE login = ?", login);
    }

    /** Any number the query returns for one string parameter. */
    public static long scalar(String sql, String parameter) {
        try (Connection c = TestDatabase.dataSource().getConnection();
             PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, parameter);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("No row for " + parameter);
                }
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long generatedKey(PreparedStatement p) throws SQLException {
        try (ResultSet keys = p.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
