package no.styringsdata.indicator.importer;

/** What an indicator is to the ministry: something the agency is steered by, or a measured series. */
public enum IndicatorKind {
    /** Styringsparameter. */
    STEERING_PARAMETER("steering_parameter"),
    /** Nøkkeltall. */
    KEY_FIGURE("key_figure");

    private final String wireName;

    IndicatorKind(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
