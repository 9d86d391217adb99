package no.styringsdata.testing;

import java.util.List;

/** A response that its service's OpenAPI document does not declare. */
public final class ContractViolation extends AssertionError {

    ContractViolation(List<String> problems) {
        super("The response does not match the OpenAPI document:\n  " + String.join("\n  ", problems));
    }
}
