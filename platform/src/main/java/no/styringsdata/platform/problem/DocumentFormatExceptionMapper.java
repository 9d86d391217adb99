package no.styringsdata.platform.problem;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.ext.Provider;
import no.styringsdata.reader.text.DocumentFormatException;

/** A document a parser could not read is the caller's problem: 422, with the line where it went wrong. */
@Provider
public class DocumentFormatExceptionMapper extends ExceptionMapperBase<DocumentFormatException> {

    @Override
    protected HttpProblem toProblem(DocumentFormatException exception) {
        return Problems.unreadableDocument(exception.getMessage(), exception.line());
    }
}
