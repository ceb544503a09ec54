package ru.trajectory.organizations.web;

import java.util.List;
import java.util.Map;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import ru.trajectory.organizations.service.People;
import ru.trajectory.organizations.service.PersonView;

/**
 * A school's staff, one page at a time: large schools have a hundred people and more, and
 * the service checks the caller's right to the list on every page it reads.
 */
public class StaffList extends LazyDataModel<PersonView> {

    private static final long serialVersionUID = 1L;

    private final People people;
    private final long schoolId;

    public StaffList(People people, long schoolId) {
        this.people = people;
        this.schoolId = schoolId;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return (int) Math.min(Integer.MAX_VALUE, people.countStaff(schoolId));
    }

    @Override
    public List<PersonView> load(int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        return people.staff(schoolId, first, size);
    }

    @Override
    public String getRowKey(PersonView person) {
        return String.valueOf(person.getId());
    }

    @Override
    public PersonView getRowData(String key) {
        return null;
    }
}
