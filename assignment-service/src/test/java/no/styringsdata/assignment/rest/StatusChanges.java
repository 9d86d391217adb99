package no.styringsdata.assignment.rest;

import static no.styringsdata.testing.Requests.asEditor;

import io.restassured.response.ValidatableResponse;

/** A status change as the tests send it: an editor's JSON body posted to an assignment's status. */
final class StatusChanges {

    private StatusChanges() {
    }

    static ValidatableResponse post(String assignment, String body) {
        return asEditor(body).when().post("/api/assignments/" + assignment + "/status").then();
    }
}
