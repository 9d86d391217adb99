package no.styringsdata.assignment.service;

import java.time.LocalDate;
import no.styringsdata.assignment.domain.AssignmentStatus;

/** The filters of the assignment list; null means no filter. {@code q} is full-text search. */
public record AssignmentFilter(Scope scope, Integer year, String department, Integer goal, AssignmentStatus status,
                               LocalDate dueFrom, LocalDate dueTo, String q) {
}
