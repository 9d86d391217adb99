package no.styringsdata.indicator.rest;

/** Example payloads for the OpenAPI document, kept in one place. */
final class Examples {

    private Examples() {
    }

    static final String PROBLEM_CONFLICT = """
            {"type":"https://styringsdata.no/problems/conflict","title":"Conflict","status":409,\
            "detail":"Indicator 12 has a value for 2024 already: value 101; correct that one with PUT on its URL instead",\
            "instance":"/api/indicators/12/values","violations":[{"field":"period","in":"body",\
            "message":"indicator 12 has value 101 for this period and breakdown"}]}""";

    static final String PROBLEM_UNREADABLE = """
            {"type":"https://styringsdata.no/problems/unreadable-document","title":"Unreadable document","status":422,\
            "detail":"The document is neither an allocation letter with goals nor an annual report with results",\
            "instance":"/api/indicators/imports"}""";

    static final String GOALS = """
            [{"id":1,"year":2025,"number":1,"title":"Folkehelsearbeidet er kunnskapsbasert og tverrsektorielt",\
            "area":null,"longTermGoals":[],\
            "document":"tildelingsbrev","sourceLine":160,"ministry":"HOD","agency":"helsedirektoratet",\
            "agencyName":"Helsedirektoratet",\
            "steeringParameters":[{"id":1,"seriesId":1,"kind":"steering_parameter","number":1,"text":"...",\
            "requirements":[]}],\
            "keyFigures":[{"id":3,"seriesId":3,"kind":"key_figure","number":1,"text":"Andel kommuner som har ...",\
            "requirements":[]}],"resultRequirements":[]},\
            {"id":40,"year":2025,"number":1,"title":"Et sikkert og seriøst arbeidsliv","area":"Hovedområde 1",\
            "longTermGoals":["Et sikkert og seriøst arbeidsliv"],"document":"tildelingsbrev","sourceLine":12,\
            "ministry":"AID","agency":"arbeidstilsynet","agencyName":"Arbeidstilsynet",\
            "steeringParameters":[{"id":41,"seriesId":41,"kind":"steering_parameter","number":1,\
            "text":"Andel tilsyn rettet mot virksomheter med høy risiko",\
            "requirements":["Minst 70 prosent av tilsynene skal rettes mot virksomheter med høy risiko"]}],\
            "keyFigures":[],"resultRequirements":[{"id":42,"seriesId":42,"kind":"result_requirement","number":1,\
            "text":"Saksbehandlingstiden for klager er under tre måneder","requirements":[]}]}]""";

    static final String INDICATORS = """
            [{"id":3,"seriesId":3,"year":2025,"document":"tildelingsbrev","goal":1,"kind":"key_figure","number":1,\
            "text":"Andel kommuner som har ...","sourceLine":170,"ministry":"HOD","agency":"helsedirektoratet",\
            "agencyName":"Helsedirektoratet"}]""";

    static final String INDICATORS_CSV = """
            id,seriesId,year,document,goal,kind,number,text,sourceLine,ministry,agency,agencyName
            3,3,2025,tildelingsbrev,1,key_figure,1,"Andel kommuner som har ...",170,HOD,helsedirektoratet,Helsedirektoratet
            """;

    static final String INDICATOR = """
            {"id":3,"seriesId":3,"year":2025,"document":"tildelingsbrev","ministry":"HOD","agency":"helsedirektoratet",\
            "agencyName":"Helsedirektoratet",\
            "goal":{"number":1,"title":"Folkehelsearbeidet er kunnskapsbasert og tverrsektorielt","area":null},\
            "kind":"key_figure","number":1,"text":"Andel kommuner som har ...","subItems":[],"requirements":[],\
            "textKey":"andel kommuner som har","sourceTitle":"Tildelingsbrev 2025 til Helsedirektoratet",\
            "sourceLine":170,"sameSeries":[]}""";

    static final String VALUES = """
            [{"id":101,"indicatorId":140,"period":"2024","value":842,"unit":"count","breakdown":"Helsedirektoratet",\
            "origin":"table","note":"Tabell 2-4 Nøkkeltall for Helsedirektoratet: Årsverk",\
            "source":"Årsrapport 2024 Helsedirektoratet","sourceLine":1190,"version":0,"recordedBy":"import",\
            "recordedAt":"2025-03-01T10:00:00Z","ministry":"HOD","agency":"helsedirektoratet",\
            "agencyName":"Helsedirektoratet"}]""";

    static final String VALUES_CSV = """
            id,indicatorId,period,value,unit,breakdown,origin,note,source,sourceLine,version,recordedBy,recordedAt,\
            ministry,agency,agencyName
            101,140,2024,842,count,Helsedirektoratet,table,"Tabell 2-4 ...","Årsrapport 2024 Helsedirektoratet",1190,0,\
            import,2025-03-01T10:00:00Z,HOD,helsedirektoratet,Helsedirektoratet
            """;

    static final String VALUE = """
            {"id":250,"indicatorId":3,"period":"2024","value":84.5,"unit":"percent","breakdown":null,"origin":"api",\
            "note":"Fra KOSTRA","source":"api","sourceLine":null,"version":0,"recordedBy":"kari",\
            "recordedAt":"2025-04-01T10:00:00Z","ministry":"HOD","agency":"helsedirektoratet",\
            "agencyName":"Helsedirektoratet"}""";
}
