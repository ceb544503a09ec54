package ru.trajectory.platform.importing;

import java.util.List;

/** The answer of every bulk import: what was created, updated, and which rows were refused and why. */
public record ImportReport(int created, int updated, List<RejectedRow> rejected) {

    public record RejectedRow(int row, String field, String message) {
    }

    public boolean applied() {
        return created + updated > 0 || rejected.isEmpty();
    }
}
