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

    /** As the agency table's check says, and no longer than its column. */
    private static final Pattern AGENCY_ID = Pattern.compile("^(?=.{1,120}$)[a-z0-9]+(-[a-z0-9]+)*$");

    @Inject
    EntityManager em;

    /**
     * Registers the document's ministry and agencies, and returns the main agency's id (null for a
     * document of the state as a whole, Prop. 1 S).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String register(DocumentIdentity identity) {
        Ministry ministry = identity.ministry();
        register(ministry);
        for (Agency agency : identity.agencies()) {
            requireStorableId(agency);
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

    /**
     * Registers a ministry a record refers to besides the document's own (the owner of a budget chapter a
     * document names), and returns its code.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String register(Ministry ministry) {
        em.createNativeQuery("INSERT INTO ministry (code, name) VALUES (?1, ?2) ON CONFLICT (code) DO NOTHING")
                .setParameter(1, ministry.code()).setParameter(2, ministry.name()).executeUpdate();
        return ministry.code();
    }

    /**
     * An agency given as a parameter may have a name no id can be made from ("!!!") or a very long one:
     * a 422 naming the parameter, before the database's check of the id would fail the import as a 500.
     */
    private static void requireStorableId(Agency agency) {
        if (!AGENCY_ID.matcher(agency.id()).matches()) {
            throw new IdentityException("agency", "'" + agency.name() + "' is not an agency's name: give the name "
                    + "as the documents write it (letters and digits), e.g. Helsedirektoratet.");
        }
    }
}
