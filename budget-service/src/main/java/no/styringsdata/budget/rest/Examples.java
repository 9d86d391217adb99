package no.styringsdata.budget.rest;

/** Example payloads for the OpenAPI document, kept in one place. */
final class Examples {

    private Examples() {
    }

    static final String PROBLEM_DUPLICATE_KEY = """
            {"type":"https://styringsdata.no/problems/conflict","title":"Conflict","status":409,\
            "detail":"Another request created a record with the same chapterNumber, number at the same moment; nothing \
            of this request was written. Read it again and retry.","instance":"/api/budget/chapters/4950/posts/01",\
            "violations":[{"field":"chapterNumber","message":"another request took this key at the same moment"},\
            {"field":"number","message":"another request took this key at the same moment"}]}""";

    static final String PROBLEM_UNREADABLE = """
            {"type":"https://styringsdata.no/problems/unreadable-document","title":"Unreadable document","status":422,\
            "detail":"The text is not a document this service reads: a Prop. 1 S, tildelingsbrev, supplerende \
            tildelingsbrev or årsrapport.","instance":"/api/budget/imports"}""";

    static final String AMOUNTS = """
            [{"chapter":740,"post":"01","year":2026,"stage":"forslag","agency":null,"amountNok":1556792000,\
            "sourceDocument":"Prop. 1 S (2025–2026)","sourceLine":15040,\
            "sourceText":"01 Driftsutgifter 1 523 373 1 591 294 1 556 792"}]""";

    static final String AMOUNTS_CSV = """
            chapter,post,year,stage,agency,amountNok,sourceDocument,sourceLine,sourceText
            740,01,2026,forslag,,1556792000,"Prop. 1 S (2025–2026)",15040,"01 Driftsutgifter 1 523 373 1 591 294 1 556 792"
            """;

    static final String CHAPTERS = """
            [{"number":740,"name":"Helsedirektoratet","kind":"expenditure","pairedChapter":3740,\
            "categoryCode":"10.40","categoryName":"Sentral helseforvaltning","totalNok":1672130000}]""";

    static final String CHAPTER = """
            {"number":740,"name":"Helsedirektoratet","kind":"expenditure","pairedChapter":3740,\
            "category":{"code":"10.40","name":"Sentral helseforvaltning","areaCode":"10","areaName":"Helse og omsorg"},\
            "posts":[{"number":"01","name":"Driftsutgifter","kind":"operating",\
            "stikkord":{"transferable":false,"estimateAppropriation":false,"mayBeUsedUnderPosts":[]},\
            "amounts":[{"year":2026,"stage":"forslag","agency":null,"amountNok":1556792000,\
            "source":{"documentKind":"prop1s","document":"Prop. 1 S (2025–2026)","line":15040,\
            "text":"01 Driftsutgifter 1 523 373 1 591 294 1 556 792"}}]}]}""";

    static final String POST = """
            {"number":"01","name":"Driftsutgifter","kind":"operating",\
            "stikkord":{"transferable":false,"estimateAppropriation":false,"mayBeUsedUnderPosts":[]},\
            "amounts":[{"year":2026,"stage":"forslag","agency":null,"amountNok":1556792000,\
            "source":{"documentKind":"prop1s","document":"Prop. 1 S (2025–2026)","line":15040,\
            "text":"01 Driftsutgifter 1 523 373 1 591 294 1 556 792"}}]}""";

    static final String AMOUNT = """
            {"year":2026,"stage":"forslag","agency":null,"amountNok":1556792000,\
            "source":{"documentKind":"prop1s","document":"Prop. 1 S (2025–2026)","line":15040,\
            "text":"01 Driftsutgifter 1 523 373 1 591 294 1 556 792"}}""";

    static final String SUMS = """
            [{"key":"10.40","name":"Sentral helseforvaltning","amountNok":5063050000}]""";

    static final String COMPARISON = """
            [{"key":"10.40","name":"Sentral helseforvaltning","fromNok":5050189000,"toNok":5063050000,\
            "differenceNok":12861000,"percent":0.3}]""";

    static final String AMOUNTS_JSON_STAT = """
            {"version":"2.0","class":"dataset","label":"Beløp per kapittel, post, år, stadium og virksomhet (kroner)",\
            "source":"Prop. 1 S (2025–2026)","id":["chapter","post","year","stage","agency","measure"],\
            "size":[1,1,3,3,1,1],"dimension":{\
            "chapter":{"label":"Kapittel","category":{"index":{"740":0},"label":{"740":"Helsedirektoratet"}}},\
            "post":{"label":"Post","category":{"index":{"01":0},"label":{"01":"Driftsutgifter"}}},\
            "year":{"label":"År","category":{"index":{"2024":0,"2025":1,"2026":2},\
            "label":{"2024":"2024","2025":"2025","2026":"2026"}}},\
            "stage":{"label":"Stadium","category":{"index":{"regnskap":0,"saldert":1,"forslag":2},\
            "label":{"regnskap":"regnskap","saldert":"saldert","forslag":"forslag"}}},\
            "agency":{"label":"Virksomhet","category":{"index":{"state":0},"label":{"state":"Statsbudsjettet"}}},\
            "measure":{"label":"Måltall","category":{"index":{"amountNok":0},"label":{"amountNok":"Beløp"},\
            "unit":{"amountNok":{"label":"NOK","symbol":"kr","decimals":0}}}}},\
            "value":[1523373000,null,null,null,1591294000,null,null,null,1556792000],\
            "role":{"time":["year"],"metric":["measure"]},\
            "extension":{"postNames":{"740.01":"Driftsutgifter"},\
            "sources":[{"kind":"prop1s","year":2026,"title":"Prop. 1 S (2025–2026)"}]}}""";

    static final String PROBLEM_AMOUNTS_TOO_LARGE = """
            {"type":"https://styringsdata.no/problems/invalid-request","title":"Bad Request","status":400,\
            "detail":"format: the dataset would have 150480 cells (chapter 76 × post 33 × year 3 × stage 5 × agency 2 \
            × measure 1), more than the 100000 allowed: narrow it with chapter, post, year, stage, ministry or agency, \
            or page the JSON list","instance":"/api/budget/amounts",\
            "violations":[{"field":"format","in":"query","message":"the dataset would have 150480 cells (chapter 76 \
            × post 33 × year 3 × stage 5 × agency 2 × measure 1), more than the 100000 allowed: narrow it with \
            chapter, post, year, stage, ministry or agency, or page the JSON list"}]}""";

    static final String CUBE = """
            [{"year":2025,"stage":"saldert","amountNok":5050189000},\
            {"year":2026,"stage":"forslag","amountNok":5063050000}]""";

    static final String CUBE_CSV = """
            programArea,programAreaName,programCategory,programCategoryName,chapter,chapterName,postKind,ministry,\
            ministryName,agency,agencyName,year,stage,amountNok
            ,,,,,,,,,,,2025,saldert,5050189000
            ,,,,,,,,,,,2026,forslag,5063050000
            """;

    static final String CUBE_JSON_STAT = """
            {"version":"2.0","class":"dataset","label":"Sum av beløp (kroner), statsbudsjettet",\
            "source":"Styringsdata budget API","id":["year","stage","measure"],"size":[2,2,1],"dimension":{\
            "year":{"label":"År","category":{"index":{"2025":0,"2026":1},"label":{"2025":"2025","2026":"2026"}}},\
            "stage":{"label":"Stadium","category":{"index":{"saldert":0,"forslag":1},\
            "label":{"saldert":"saldert","forslag":"forslag"}}},\
            "measure":{"label":"Måltall","category":{"index":{"amountNok":0},"label":{"amountNok":"Beløp"},\
            "unit":{"amountNok":{"label":"NOK","symbol":"kr","decimals":0}}}}},\
            "value":[5050189000,null,null,5063050000],\
            "role":{"time":["year"],"metric":["measure"]},"extension":{"kind":"expenditure","figures":"state"}}""";

    static final String PROBLEM_CUBE_DIMENSION = """
            {"type":"https://styringsdata.no/problems/invalid-request","title":"Bad Request","status":400,\
            "detail":"groupBy: must be programArea, programCategory, chapter, postKind, ministry, agency, year or stage",\
            "instance":"/api/budget/aggregations/cube","violations":[{"field":"groupBy","in":"query",\
            "message":"must be programArea, programCategory, chapter, postKind, ministry, agency, year or stage"}]}""";

    static final String PROBLEM_CUBE_TOO_LARGE = """
            {"type":"https://styringsdata.no/problems/invalid-request","title":"Bad Request","status":400,\
            "detail":"groupBy: the cube would have more than 100000 groups: narrow it with the filters or fewer \
            dimensions","instance":"/api/budget/aggregations/cube","violations":[{"field":"groupBy","in":"query",\
            "message":"the cube would have more than 100000 groups: narrow it with the filters or fewer dimensions"}]}""";
}
