package ru.trajectory.courses.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.trajectory.platform.web.PageMessages;
import ru.trajectory.courses.entity.EnrollmentStatus;
import ru.trajectory.courses.service.EnrollmentView;
import ru.trajectory.courses.service.Enrollments;
import ru.trajectory.courses.service.StaffLearning;
import ru.trajectory.identity.entity.Role;
import ru.trajectory.identity.entity.ScopeType;
import ru.trajectory.identity.service.CurrentCaller;
import ru.trajectory.organizations.service.People;
import ru.trajectory.organizations.service.PersonView;
import ru.trajectory.platform.api.Ids;
import ru.trajectory.platform.errors.AccessDeniedException;
import ru.trajectory.platform.errors.ConflictException;
import ru.trajectory.platform.errors.NotFoundException;
import ru.trajectory.platform.errors.ValidationFailure;

/**
 * «Обучение сотрудников»: the director approves or rejects requests that need «согласование»,
 * enrolls a member of staff into an open session, and sees where the staff are enrolled.
 */
@Named
@ViewScoped
public class StaffRequests implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StaffLearning staffLearning;

    @Inject
    Enrollments enrollments;

    @Inject
    People people;

    @Inject
    CurrentCaller currentCaller;

    private long schoolId;
    private List<StaffLearning.StaffEnrollment> requests;
    private List<StaffLearning.StaffEnrollment> enrolled;
    private List<StaffLearning.OpenSession> openSessions;
    private List<PersonView> staff;
    private String person;
    private String session;

    /** The school the caller directs; one who directs none has nothing to see here. */
    public void load() {
        schoolId = currentCaller.get().scopes(Role.SCHOOL_ADMIN, ScopeType.SCHOOL).stream().sorted().findFirst()
                .orElseThrow(() -> new AccessDeniedException("Страница для руководителей школ"));
        staff = people.staff(schoolId, 0, 2000);
        openSessions = staffLearning.openSessions(schoolId);
        refresh();
    }

    private void refresh() {
        List<StaffLearning.StaffEnrollment> all = staffLearning.enrollments(schoolId, null);
        requests = all.stream().filter(s -> s.enrollment().getStatus() == EnrollmentStatus.PENDING_APPROVAL).toList();
        enrolled = all.stream().filter(s -> s.enrollment().getStatus() != EnrollmentStatus.PENDING_APPROVAL).toList();
    }

    public void approve(long enrollmentId) {
        decide(enrollmentId, true);
    }

    public void reject(long enrollmentId) {
        decide(enrollmentId, false);
    }

    private void decide(long enrollmentId, boolean approve) {
        try {
            EnrollmentView e = enrollments.decide(enrollmentId, approve);
            PageMessages.info(PageMessages.text(approve ? "courses.requests.approved." + e.getStatus()
                    : "courses.requests.rejected"));
        } catch (ConflictException | AccessDeniedException | NotFoundException e) {
            PageMessages.error(e);
        }
        refresh();
    }

    public void enroll() {
        Long personId = Ids.parse(person);
        Long sessionId = Ids.parse(session);
        if (personId == null || sessionId == null) {
            PageMessages.fields(ValidationFailure.of(personId == null ? "person" : "session",
                    PageMessages.text(personId == null ? "courses.requests.choosePerson" : "courses.requests.chooseSession")),
                    f -> "enroll-form:" + f);
            return;
        }
        try {
            EnrollmentView e = enrollments.enroll(sessionId, personId);
            PageMessages.info(PageMessages.text("courses.requests.enrolled." + e.getStatus()));
            person = null;
        } catch (ValidationFailure | ConflictException | AccessDeniedException | NotFoundException e) {
            PageMessages.error(e);
        }
        openSessions = staffLearning.openSessions(schoolId);
        refresh();
    }

    public List<StaffLearning.StaffEnrollment> getRequests() {
        return requests;
    }

    public List<StaffLearning.StaffEnrollment> getEnrolled() {
        return enrolled;
    }

    public List<StaffLearning.OpenSession> getOpenSessions() {
        return openSessions;
    }

    public List<PersonView> getStaff() {
        return staff;
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public String getSession() {
        return session;
    }

    public void setSession(String session) {
        this.session = session;
    }
}
