package no.styringsdata.indicator.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import no.styringsdata.indicator.dto.IndicatorDetail;
import no.styringsdata.platform.caching.QueriedReadVersion;
import no.styringsdata.platform.caching.ReadVersion;

/**
 * One indicator with its goal and the other indicators of its series in one SQL statement, which PostgreSQL
 * builds as the answer's JSON, with the read version of the same snapshot for its ETag.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class IndicatorDetailQuery {

    /** An indicator as a flat row ({@code IndicatorRow}), of indicator {@code r} and its agency {@code ra}. */
    private static final String ROW = "json_build_object('id', r.id, 'seriesId', r.series_id, 'year', r.year, "
            + "'document', r.document, 'goal', r.goal_number, 'kind', r.kind, 'number', r.number, 'text', r.text, "
            + "'sourceLine', r.source_line, 'ministry', r.ministry_code, 'agency', ra.id, 'agencyName', ra.name)";

    private static final String DETAIL = "SELECT CAST(json_build_object('id', i.id, 'seriesId', i.series_id, "
            + "'year', i.year, 'document', i.document, 'ministry', i.ministry_code, 'agency', ag.id, "
            + "'agencyName', ag.name, "
            + "'goal', CASE WHEN g.id IS NOT NULL THEN json_build_object('number', g.number, 'title', g.title, "
            + "    'area', g.area) END, "
            + "'kind', i.kind, 'number', i.number, 'text', i.text, 'subItems', i.sub_items, "
            + "'requirements', i.requirements, 'textKey', i.text_key, 'sourceTitle', i.source_title, "
            + "'sourceLine', i.source_line, "
            + "'sameSeries', (SELECT coalesce(json_agg(" + ROW + " ORDER BY r.year, r.document, r.id), '[]') "
            + "  FROM indicator r JOIN agency ra ON ra.id = r.agency_id WHERE r.series_id = i.series_id AND r.id <> i.id)"
            + ") AS text), " + ReadVersion.SQL + " "
            + "FROM indicator i JOIN agency ag ON ag.id = i.agency_id LEFT JOIN goal g ON g.id = i.goal_id "
            + "WHERE i.id = :id";

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    QueriedReadVersion readVersion;

    public Optional<IndicatorDetail> indicator(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(DETAIL, Object[].class).setParameter("id", id).getResultList();
        return rows.stream().findFirst().map(row -> {
            readVersion.set((String) row[1]);
            return read((String) row[0]);
        });
    }

    private IndicatorDetail read(String text) {
        try {
            return json.readValue(text, IndicatorDetail.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("An indicator as PostgreSQL built it: " + e.getMessage(), e);
        }
    }
}
