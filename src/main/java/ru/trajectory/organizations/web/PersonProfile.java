package ru.trajectory.organizations.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.trajectory.organizations.service.People;
import ru.trajectory.organizations.service.PersonView;

/** A person's profile with only what the caller may see; an unknown or hidden person is a 404. */
@Named
@RequestScoped
public class PersonProfile {

    @Inject
    People people;

    private String id;
    private PersonView person;

    public void load() {
        person = people.view(Ids.parse(id, "Человек не найден"));
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public PersonView getPerson() {
        return person;
    }
}
