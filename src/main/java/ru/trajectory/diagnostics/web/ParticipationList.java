package ru.trajectory.diagnostics.web;

import java.util.List;
import java.util.Map;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import ru.trajectory.diagnostics.service.Participation;
import ru.trajectory.diagnostics.service.ParticipationRow;

/**
 * A school's attempts one page at a time; the service checks on every page that the caller
 * is still the school's director.
 */
public class ParticipationList extends LazyDataModel<ParticipationRow> {

    private static final long serialVersionUID = 1L;

    private final Participation participation;
    private final long schoolId;

    public ParticipationList(Participation participation, long schoolId) {
        this.participation = participation;
        this.schoolId = schoolId;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return (int) Math.min(Integer.MAX_VALUE, participation.countAttempts(schoolId));
    }

    @Override
    public List<ParticipationRow> load(int first, int size, Map<String, SortMeta> sort,
                                       Map<String, FilterMeta> filters) {
        return participation.attempts(schoolId, first, size);
    }

    @Override
    public String getRowKey(ParticipationRow row) {
        return String.valueOf(row.getAttemptId());
    }

    @Override
    public ParticipationRow getRowData(String key) {
        return null;
    }
}
