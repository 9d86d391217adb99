package no.styringsdata.budget.rest;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import no.styringsdata.platform.rest.Versions;
import no.styringsdata.platform.write.Precondition;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The precondition headers every PUT here takes: {@code If-Match} to correct, {@code If-None-Match: *} to create only. */
public class PreconditionHeaders {

    @HeaderParam(HttpHeaders.IF_MATCH)
    @Parameter(description = "The ETag last read")
    public String ifMatch;

    @HeaderParam(HttpHeaders.IF_NONE_MATCH)
    @Parameter(description = "`*`: create only, 412 if it exists")
    public String ifNoneMatch;

    Precondition precondition() {
        return new Precondition(Versions.fromIfMatch(ifMatch), Versions.createOnly(ifNoneMatch));
    }
}
