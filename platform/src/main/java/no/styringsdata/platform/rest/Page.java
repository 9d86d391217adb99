package no.styringsdata.platform.rest;

import java.util.List;

/** One page of a list a service reads, and how many rows the whole list has (for {@link PagedResponse}). */
public record Page<T>(List<T> rows, long total) {
}
