package no.styringsdata.assignment.service;

import no.styringsdata.platform.scope.ScopeFilter;

/** Whose assignments: a ministry's code and an agency's id, each null for any. */
public record Scope(String ministryCode, String agencyId) {

    public static final Scope ANY = new Scope(null, null);

    public static Scope of(ScopeFilter filter) {
        return filter == null ? ANY : new Scope(filter.ministryCode().orElse(null), filter.agencyId().orElse(null));
    }
}
