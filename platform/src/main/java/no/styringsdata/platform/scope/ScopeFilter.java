package no.styringsdata.platform.scope;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.util.Optional;
import no.styringsdata.reader.identity.Agency;
import no.styringsdata.reader.identity.Ministries;
import no.styringsdata.reader.text.Text;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code ministry} and {@code agency} filters every list takes. */
public class ScopeFilter {

    @QueryParam("ministry")
    @Size(max = 100)
    @Parameter(description = "Only records of this ministry (departement): its code or name, any case "
            + "(`HOD`, `Helse- og omsorgsdepartementet`).", example = "HOD")
    public String ministry;

    @QueryParam("agency")
    @Size(max = 200)
    @Parameter(description = "Only records of this agency (virksomhet): its id or name, any case "
            + "(`helsedirektoratet`, `Helsedirektoratet`).", example = "helsedirektoratet")
    public String agency;

    /** The ministry's code; a code no ministry has is kept as given, and matches nothing. */
    public Optional<String> ministryCode() {
        return ministry == null || ministry.isBlank() ? Optional.empty()
                : Optional.of(Ministries.find(ministry).map(m -> m.code()).orElse(Text.upper(ministry.strip())));
    }

    /** The agency's id; ids are made from names, so a name gives the same id. */
    public Optional<String> agencyId() {
        return agency == null || agency.isBlank() ? Optional.empty() : Optional.of(Agency.idOf(agency));
    }
}
