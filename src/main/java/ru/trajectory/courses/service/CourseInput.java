package ru.trajectory.courses.service;

import java.util.Set;

/** What a methodologist gives for a new course. */
public record CourseInput(String title, Long providerId, Integer hours, String format, String description,
                          boolean federalRegister, boolean requiresApproval, Set<String> competencyCodes,
                          Set<String> positions, Set<String> subjects) {
}
