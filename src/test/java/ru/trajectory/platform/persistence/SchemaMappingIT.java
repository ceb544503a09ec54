package ru.trajectory.platform.persistence;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.junit.jupiter.api.Test;

import ru.trajectory.testing.TestDatabase;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Flyway owns the schema and EclipseLink never generates it, so this test is the validation
 * step: every table and column an entity maps must exist in the schema the migrations build.
 */
class SchemaMappingIT {

    @Test
    void everyMappedColumnExistsInTheMigratedSchema() throws Exception {
        List<Class<?>> entities = entityClasses();
        assertFalse(entities.isEmpty(), "entities found");
        Set<String> columns = schemaColumns();
        List<String> missing = new ArrayList<>();
        for (Class<?> entity : entities) {
            String table = entity.getAnnotation(Table.class).name();
            for (String column : mappedColumns(entity)) {
                if (!columns.contains(key(table, column))) {
                    missing.add(entity.getSimpleName() + " → " + table + "." + column);
                }
            }
            for (Field f : entity.getDeclaredFields()) {
                CollectionTable ct = f.getAnnotation(CollectionTable.class);
                if (ct != null) {
                    for (JoinColumn jc : ct.joinColumns()) {
                        check(columns, missing, entity, ct.name(), jc.name());
                    }
                    Class<?> element = (Class<?>) ((java.lang.reflect.ParameterizedType) f.getGenericType())
                            .getActualTypeArguments()[0];
                    if (element.isAnnotationPresent(Embeddable.class)) {
                        mappedColumns(element).forEach(column -> check(columns, missing, entity, ct.name(), column));
                    } else {
                        check(columns, missing, entity, ct.name(), f.getAnnotation(Column.class).name());
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "mapped but not in the schema: " + missing);
    }

    private static void check(Set<String> columns, List<String> missing, Class<?> entity, String table, String column) {
        if (!columns.contains(key(table, column))) {
            missing.add(entity.getSimpleName() + " → " + table + "." + column);
        }
    }

    private static List<String> mappedColumns(Class<?> type) {
        List<String> names = new ArrayList<>();
        for (Field f : type.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) || f.isAnnotationPresent(Transient.class)
                    || f.isAnnotationPresent(OneToMany.class) || f.isAnnotationPresent(ElementCollection.class)) {
                continue;
            }
            if (f.isAnnotationPresent(EmbeddedId.class) || f.getType().isAnnotationPresent(Embeddable.class)) {
                names.addAll(mappedColumns(f.getType()));
            } else if (f.isAnnotationPresent(ManyToOne.class)) {
                names.add(f.getAnnotation(JoinColumn.class).name());
            } else {
                Column c = f.getAnnotation(Column.class);
                names.add(c != null && !c.name().isEmpty() ? c.name() : f.getName());
            }
        }
        return names;
    }

    private static Set<String> schemaColumns() throws SQLException {
        Set<String> result = new HashSet<>();
        try (Connection c = TestDatabase.dataSource().getConnection();
             PreparedStatement p = c.prepareStatement(
                     "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = DATABASE()");
             ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                result.add(key(rs.getString(1), rs.getString(2)));
            }
        }
        return result;
    }

    private static String key(String table, String column) {
        return (table + "." + column).toLowerCase(Locale.ROOT);
    }

    private static List<Class<?>> entityClasses() throws IOException, ClassNotFoundException {
        Path root = Path.of("target/classes");
        List<Class<?>> result = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class") && f.toString().contains("/entity/")).toList()) {
                String name = root.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name);
                if (type.isAnnotationPresent(Entity.class)) {
                    result.add(type);
                }
            }
        }
        return result;
    }
}
