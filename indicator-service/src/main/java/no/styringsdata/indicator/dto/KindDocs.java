package no.styringsdata.indicator.dto;

/**
 * How every record describes an indicator's kind, written once for the OpenAPI document (the wire names of
 * {@code importer.IndicatorKind}; {@code IndicatorKindDocsTest} keeps the two the same).
 */
final class KindDocs {

    static final String STEERING_PARAMETER = "steering_parameter";
    static final String KEY_FIGURE = "key_figure";
    static final String RESULT_REQUIREMENT = "result_requirement";
    static final String KIND = "What the indicator is to the ministry: a steering parameter (styringsparameter), "
            + "a key figure (nøkkeltall) or a result requirement (resultatkrav)";
    static final String REQUIREMENTS = "A steering parameter's prestasjonskrav (the performance required of it), as "
            + "written, in order; empty when the letter gives none, and always for key figures and result requirements";

    private KindDocs() {
    }
}
