package no.styringsdata.assignment.rest;

/** Example payloads for the OpenAPI document, kept in one place. */
final class Examples {

    private Examples() {
    }

    static final String PROBLEM_UNREADABLE = """
            {"type":"https://styringsdata.no/problems/unreadable-document","title":"Unreadable document","status":422,\
            "detail":"No assignment id (such as TB2025-43) starts a line: not an allocation letter with assignments",\
            "instance":"/api/assignments/imports"}""";

    static final String PROBLEM_AMBIGUOUS = """
            {"type":"https://styringsdata.no/problems/ambiguous-id","title":"Conflict","status":409,\
            "detail":"TB2025-43 is the id of assignments of 2 agencies: give `agency` to choose one (the candidates' `url`).",\
            "instance":"/api/assignments/TB2025-43","candidates":[\
            {"agency":"folkehelseinstituttet","agencyName":"Folkehelseinstituttet","ministry":"HOD",\
            "url":"/api/assignments/TB2025-43?agency=folkehelseinstituttet"},\
            {"agency":"helsedirektoratet","agencyName":"Helsedirektoratet","ministry":"HOD",\
            "url":"/api/assignments/TB2025-43?agency=helsedirektoratet"}]}""";

    static final String ASSIGNMENTS = """
            [{"id":"TB2025-43","ministry":"HOD","agency":"helsedirektoratet","agencyName":"Helsedirektoratet",\
            "year":2025,"number":43,"letterKind":"tildelingsbrev","departments":"SHA",\
            "goalNumber":6,"title":"Reduserte ventetider","status":"not_started","firstDeadline":null,"lastDeadline":null,\
            "goalUrl":"/api/indicators/goals?year=2025&number=6&ministry=HOD&agency=helsedirektoratet"}]""";

    static final String ASSIGNMENTS_CSV = """
            id,ministry,agency,agencyName,year,number,letterKind,departments,goalNumber,title,status,firstDeadline,lastDeadline,goalUrl
            TB2025-43,HOD,helsedirektoratet,Helsedirektoratet,2025,43,tildelingsbrev,SHA,6,"Reduserte ventetider",not_started,,,\
            /api/indicators/goals?year=2025&number=6&ministry=HOD&agency=helsedirektoratet
            """;

    static final String ASSIGNMENT = """
            {"id":"TB2025-43","ministry":"HOD","agency":"helsedirektoratet","agencyName":"Helsedirektoratet",\
            "year":2025,"number":43,\
            "letter":{"kind":"tildelingsbrev","year":2025,"title":"Tildelingsbrev 2025","date":"2024-12-20"},\
            "departments":["SHA"],"title":"Reduserte ventetider","text":"Helsedirektoratet skal ...",\
            "goal":{"number":6,"title":"...",\
            "url":"/api/indicators/goals?year=2025&number=6&ministry=HOD&agency=helsedirektoratet"},"continuedFromEarlierYear":false,\
            "deadlines":[{"date":null,"label":null,"text":"Frist: Arbeidet skal være ferdigstilt i løpet av 2025.",\
            "yearInferred":false,"line":1940}],\
            "references":{"assignments":["TTB2024-58"],\
            "posts":[{"chapter":714,"post":21,"url":"/api/budget/chapters/714/posts/21"}]},"status":"in_progress",\
            "statusHistory":[{"status":"not_started","date":"2024-12-20","note":null,\
            "source":"Tildelingsbrev 2025, line 1933","recordedBy":"import","recordedAt":"2025-01-02T09:00:00Z"},\
            {"status":"in_progress","date":"2025-02-01","note":"Arbeidet er startet.","source":"api",\
            "recordedBy":"kari","recordedAt":"2025-02-01T10:12:00Z"}],"sourceLine":1933}""";

    static final String STATUS_CHANGE = """
            {"status":"in_progress","date":"2025-02-01","note":"Arbeidet er startet.","source":"api",\
            "recordedBy":"kari","recordedAt":"2025-02-01T10:12:00Z"}""";

    static final String SUMMARY = """
            {"year":2025,"asOf":"2025-06-01","withinDays":30,"total":83,\
            "byMinistry":[{"key":"HOD","name":"Helse- og omsorgsdepartementet","count":83}],\
            "byAgency":[{"key":"helsedirektoratet","name":"Helsedirektoratet","count":83}],\
            "byDepartment":[{"key":"SHA","name":null,"count":40}],\
            "byGoal":[{"key":"6","name":"...","count":7},{"key":"none","name":null,"count":11}],\
            "byStatus":[{"key":"not_started","name":null,"count":82},{"key":"in_progress","name":null,"count":1}],\
            "due":[{"id":"TB2025-20","ministry":"HOD","agency":"helsedirektoratet","agencyName":"Helsedirektoratet",\
            "title":"...","status":"not_started","deadline":"2025-06-01",\
            "deadlineText":"Frist: 1. juni 2025","overdue":false}]}""";
}
