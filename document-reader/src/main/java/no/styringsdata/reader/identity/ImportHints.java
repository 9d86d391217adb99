package no.styringsdata.reader.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import no.styringsdata.reader.DocumentKind;

/**
 * What an importer is told about a document besides its text (all optional): its kind, ministry
 * (code or name), agency (id or name) and year. The text decides where it speaks; a hint fills what
 * it leaves open and must agree with what it says.
 */
public record ImportHints(DocumentKind kind, String ministry, String agency, Integer year) {

    public static final ImportHints NONE = new ImportHints(null, null, null, null);

    /**
     * The identity read from the text, completed by the hints.
     *
     * @throws IdentityException naming the parameter when a hint contradicts the text, names an unknown
     *                           ministry, or is missing where the text does not say (the agency of a letter
     *                           or report, the kind, the year)
     */
    public DocumentIdentity applyTo(DocumentIdentity read) {
        DocumentKind resolvedKind = agree("kind", read.kind(), kind, DocumentKind::wireName);
        if (resolvedKind == null) {
            throw new IdentityException("kind", "The text is not a document the services read (a Prop. 1 S, "
                    + "tildelingsbrev, supplerende tildelingsbrev or årsrapport), and no kind was given.");
        }
        Ministry givenMinistry = null;
        if (ministry != null) {
            givenMinistry = Ministries.find(ministry).orElseThrow(() -> new IdentityException("ministry",
                    "Unknown ministry '" + ministry + "': give a code such as HOD, KD or JD, or a ministry's name."));
        }
        Ministry resolvedMinistry = agree("ministry", read.ministry(), givenMinistry, Ministry::code);
        if (resolvedMinistry == null) {
            throw new IdentityException("ministry", "The text does not name its ministry: give `ministry` (e.g. HOD).");
        }
        List<Agency> agencies = new ArrayList<>(read.agencies());
        if (resolvedKind != DocumentKind.PROP1S) {
            if (agency != null) {
                Agency given = Agency.named(agency);
                if (agencies.isEmpty()) {
                    agencies.add(given);
                } else if (agencies.stream().noneMatch(a -> a.id().equals(given.id()))) {
                    throw new IdentityException("agency", "The text is addressed to " + agencies.get(0).name()
                            + ", but agency '" + agency + "' was given.");
                } else {
                    // the hint picks the main agency; its name stays as the text writes it, so that a hint in
                    // another case ("HELSEDIREKTORATET") gives the same identity, title included, as no hint
                    Agency named = agencies.stream().filter(a -> a.id().equals(given.id())).findFirst().orElseThrow();
                    agencies.remove(named);
                    agencies.add(0, named);
                }
            }
            if (agencies.isEmpty()) {
                throw new IdentityException("agency", "The text does not name the agency it is addressed to or "
                        + "written by: give `agency`.");
            }
        } else if (agency != null) {
            throw new IdentityException("agency", "A Prop. 1 S is the budget of the state as a whole; it has no agency.");
        }
        Integer resolvedYear = agree("year", read.year(), year, String::valueOf);
        if (resolvedYear == null) {
            throw new IdentityException("year", "The text does not say which budget year it is about: give `year`.");
        }
        String title = read.titleMade()
                ? IdentityReader.madeTitle(resolvedKind, resolvedYear, agencies, resolvedMinistry) : read.title();
        return new DocumentIdentity(resolvedKind, resolvedMinistry, List.copyOf(agencies), resolvedYear, read.date(),
                title, read.titleLine());
    }

    private static <T> T agree(String field, T read, T given, Function<T, String> show) {
        if (given == null) {
            return read;
        }
        if (read != null && !read.equals(given)) {
            throw new IdentityException(field, "The text says " + field + " " + show.apply(read) + ", but "
                    + field + " " + show.apply(given) + " was given.");
        }
        return given;
    }
}
