package no.styringsdata.budget.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import no.styringsdata.budget.domain.Stage;
import no.styringsdata.reader.identity.Agency;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** What names one amount of a post ({@link PostKey}): {@code /amounts/{year}/{stage}}, and whose figure it is. */
public class AmountKey {

    @PathParam("year")
    @Min(1900)
    @Max(2200)
    @Parameter(example = "2026")
    public int year;

    @PathParam("stage")
    @Parameter(description = "regnskap, saldert, forslag, revidert or tildeling", example = "forslag")
    public Stage stage;

    @QueryParam("agency")
    @Size(min = 1, max = 200)
    @Parameter(description = "The agency the figure is about, by id or name (any case), one this service knows "
            + "(`GET /agencies`); omit for the state budget", example = "helsedirektoratet")
    public String agency;

    /** The agency's id from its id or name, any case; null for the state budget's figure. */
    String agencyId() {
        return agency == null ? null : Agency.idOf(agency);
    }
}
