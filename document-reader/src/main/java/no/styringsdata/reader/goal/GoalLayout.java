package no.styringsdata.reader.goal;

/** How a letter lays out its goals. */
public enum GoalLayout {
    /** Goals are the numbered sections of a goal chapter: "3.1. Folkehelsearbeidet er …" (the 2025 letter). */
    NUMBERED_SECTIONS,
    /** Goals name themselves in their heading: "Virksomhetsmål 1: …", "Hovedmål 2 – …", "Mål 3. …". */
    LABELLED_GOALS,
    /** Goals are organised by area or sector: "Hovedområde 1: …", "Innsatsområde: …", with long-term goals. */
    AREAS
}
