package ru.trajectory.organizations.entity;

/** ЦНППМ, ИРО (институт развития образования) or another support centre. */
public enum SupportOrganizationKind {
    CNPPM,
    IRO,
    OTHER
}
