package no.styringsdata.budget.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import no.styringsdata.testing.postgres.PostgresTestResource;
import no.styringsdata.platform.problem.ClientProblemLog;
import org.junit.jupiter.api.Test;

/** A refused request (4xx) is logged at DEBUG, not at INFO: hostile clients do not fill the log. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ProblemLogLevelTest {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(ProblemLogLevelTest.class);

    @Test
    void aBadRequestIsLoggedAtDebugOnly() {
        Logger debug = Logger.getLogger(ClientProblemLog.class.getName());
        Level level = debug.getLevel();
        List<LogRecord> records = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public synchronized void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        debug.setLevel(Level.FINE);
        try {
            given().queryParam("stage", "nonsense").get("/api/budget/amounts").then().statusCode(400);
        } finally {
            root.removeHandler(capture);
            debug.setLevel(level);
        }

        List<LogRecord> ofProblem;
        synchronized (capture) {
            ofProblem = records.stream().filter(r -> List.of("http-problem", ClientProblemLog.class.getName())
                    .contains(r.getLoggerName())).toList();
        }
        ofProblem.forEach(r -> LOG.infof("%s %s: %s", r.getLevel(), r.getLoggerName(), formatted(r)));
        assertEquals(1, ofProblem.size(), "one line for the refused request");
        assertEquals(ClientProblemLog.class.getName(), ofProblem.get(0).getLoggerName());
        assertTrue(ofProblem.get(0).getLevel().intValue() < Level.INFO.intValue(), "below INFO");
        assertTrue(formatted(ofProblem.get(0)).contains("status=400"), formatted(ofProblem.get(0)));
    }

    private static String formatted(LogRecord record) {
        return record instanceof org.jboss.logmanager.ExtLogRecord line ? line.getFormattedMessage() : record.getMessage();
    }
}
