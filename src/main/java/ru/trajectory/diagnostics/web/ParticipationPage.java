package ru.trajectory.diagnostics.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.trajectory.diagnostics.service.Participation;
import ru.trajectory.platform.errors.NotFoundException;

/**
 * {@code /diagnostics/participation.xhtml?school=}: who on the staff took which diagnostic,
 * for the school's director. View-scoped for the lazy table's paging requests.
 */
@Named
@ViewScoped
public class ParticipationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Participation participation;

    private String school;
    private long schoolId;
    private String schoolName;
    private long total;
    private ParticipationList attempts;

    public void load() {
        if (school == null || school.isBlank() || school.strip().length() > 18
                || !school.strip().chars().allMatch(Character::isDigit)) {
            throw new NotFoundException("Школа не найдена");
        }
        schoolId = Long.parseLong(school.strip());
        schoolName = participation.schoolName(schoolId);
        total = participation.countAttempts(schoolId);
        attempts = new ParticipationList(participation, schoolId);
    }

    public String getSchool() {
        return school;
    }

    public void setSchool(String school) {
        this.school = school;
    }

    public long getSchoolId() {
        return schoolId;
    }

    public String getSchoolName() {
        return schoolName;
    }

    public long getTotal() {
        return total;
    }

    public ParticipationList getAttempts() {
        return attempts;
    }
}
