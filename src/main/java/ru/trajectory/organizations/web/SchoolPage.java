package ru.trajectory.organizations.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.trajectory.identity.entity.Role;
import ru.trajectory.identity.service.Caller;
import ru.trajectory.identity.service.CurrentCaller;
import ru.trajectory.organizations.service.People;
import ru.trajectory.organizations.service.SchoolCard;
import ru.trajectory.organizations.service.SchoolPages;

/**
 * A school's page: the card everyone signed in may read and, for those who manage the
 * school, the staff list and the staff import. Without that right the staff section is not
 * rendered at all, rather than rendered empty.
 */
@Named
@ViewScoped
public class SchoolPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SchoolPages schoolPages;

    @Inject
    People people;

    @Inject
    CurrentCaller currentCaller;

    private String id;
    private SchoolCard school;
    private boolean staffVisible;
    private boolean importAllowed;
    private StaffList staff;

    public void load() {
        long schoolId = Ids.parse(id, "Школа не найдена");
        school = schoolPages.card(schoolId);
        staffVisible = people.maySeeStaff(schoolId);
        Caller caller = currentCaller.get();
        // The import service accepts these roles; a municipal coordinator sees the list but does not load it.
        importAllowed = staffVisible && (caller.has(Role.SCHOOL_ADMIN) || caller.has(Role.REGIONAL_OPERATOR)
                || caller.isAdmin());
        staff = staffVisible ? new StaffList(people, schoolId) : null;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public SchoolCard getSchool() {
        return school;
    }

    public boolean isStaffVisible() {
        return staffVisible;
    }

    public boolean isImportAllowed() {
        return importAllowed;
    }

    public StaffList getStaff() {
        return staff;
    }
}
