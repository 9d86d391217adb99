package no.styringsdata.platform.caching;

import jakarta.enterprise.context.RequestScoped;

/**
 * The read version a {@link VersionInQuery} read took in the statement of its answer ({@link ReadVersion#SQL}),
 * for {@link ConditionalReads} to make the answer's ETag from.
 */
@RequestScoped
public class QueriedReadVersion {

    private String version;

    /** @param version what {@link ReadVersion#SQL} gave, in the same statement as the answer */
    public void set(String version) {
        this.version = version;
    }

    String get() {
        return version;
    }
}
