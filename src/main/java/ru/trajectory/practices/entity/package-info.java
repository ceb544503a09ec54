/**
 * Practices as stored: the practice with its tags and authors, expert reviews with scores per
 * criterion, «применяю» marks, attachments and the search outbox. The review workflow
 * (DRAFT → ON_REVIEW → PUBLISHED or RETURNED → ARCHIVED) lives in {@link Practice}'s methods, so
 * no service can put a practice into a state the workflow does not allow.
 */
package ru.trajectory.practices.entity;
