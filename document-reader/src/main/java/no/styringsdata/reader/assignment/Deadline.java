package no.styringsdata.reader.assignment;

import java.time.LocalDate;

/**
 * One deadline (frist) of an assignment.
 *
 * @param date         the date where one can be read, else null ("Frist: Se særskilt rapportering",
 *                     "Frist: 1. kvartal 2025")
 * @param label        which part of the assignment it is for, where the text says so ("del 1 og 2",
 *                     "oppdrag 4", "mandat"), else null
 * @param text         the sentence the deadline is given in, as written (wrapped lines joined)
 * @param yearInferred true when the text gives no year ("Frist: 1. mars") and the letter's year was taken
 * @param line         the line the sentence starts on
 */
public record Deadline(LocalDate date, String label, String text, boolean yearInferred, int line) {
}
