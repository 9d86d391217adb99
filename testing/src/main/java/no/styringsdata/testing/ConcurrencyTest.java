package no.styringsdata.testing;

import org.junit.jupiter.api.BeforeEach;

/**
 * What the services' concurrency tests share: {@value #WRITERS} writers at once, the service's audit trail read
 * with the editor's token, and the service's seed documents imported before each test.
 */
public abstract class ConcurrencyTest {

    protected static final int WRITERS = 50;

    protected final ConcurrentWriters writers = new ConcurrentWriters(WRITERS);
    protected final AuditTrail audit;
    private final Runnable importSeeds;

    /** {@code auditPath}: the service's audit log; {@code importSeeds}: imports what the tests race on. */
    protected ConcurrencyTest(String auditPath, Runnable importSeeds) {
        this.audit = new AuditTrail(auditPath, Tokens.EDITOR);
        this.importSeeds = importSeeds;
    }

    @BeforeEach
    protected void importSeeds() {
        importSeeds.run();
    }
}
