package no.styringsdata.platform.scope;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.regex.Pattern;
import no.styringsdata.reader.identity.Agency;
import no.styringsdata.reader.identity.DocumentIdentity;
import no.styringsdata.reader.identity.IdentityException;
import no.styringsdata.reader.identity.Ministry;

/**
 * Keeps the ministries and agencies that imported documents name. Race-safe (insert or leave, in the
 * importing transaction) and quiet: a second import of the same document writes nothing here.
 */
@ApplicationScoped
public class ScopeRegistry {

    /** What the agency table takes as an id (its check constraint, V3_9), and no longer than a name may be. */
    private static final Pattern AGENCY_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_AGENCY_ID = 120;

    @Inject
    EntityManager em;

    /**
     * Registers the document's ministry and agencies, and returns the main agency's id (null for a
     * document of the state as a whole, Prop. 1 S).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String register(DocumentIdentity identity) {
        // An `agency` parameter such as "!!!" gives no id at all: a 422 naming it, not a constraint violation.
        for (Agency agency : identity.agencies()) {
            if (agency.id().length() > MAX_AGENCY_ID || !AGENCY_ID.matcher(agency.id()).matches()) {
                throw new IdentityException("agency", "'" + agency.name() + "' is no agency's name: give the name "
                        + "(at most " + MAX_AGENCY_ID + " letters and digits) or the id of the agency.");
            }
        }
        Ministry ministry = identity.ministry();
        em.createNativeQuery("INSERT INTO ministry (code, name) VALUES (?1, ?2) ON CONFLICT (code) DO NOTHING")
                .setParameter(1, ministry.code()).setParameter(2, ministry.name()).executeUpdate();
        for (Agency agency : identity.agencies()) {
            em.createNativeQuery("""
                    INSERT INTO agency (id, name, org_number, ministry_code) VALUES (?1, ?2, ?3, ?4)
                    ON CONFLICT (id) DO UPDATE SET ministry_code = excluded.ministry_code,
                        org_number = coalesce(agency.org_number, excluded.org_number)
                    WHERE agency.ministry_code <> excluded.ministry_code
                       OR agency.org_number IS NULL AND excluded.org_number IS NOT NULL""")
                    .setParameter(1, agency.id()).setParameter(2, agency.name())
                    .setParameter(3, agency.orgNumber()).setParameter(4, ministry.code()).executeUpdate();
        }
        return identity.agency() == null ? null : identity.agency().id();
    }
}
