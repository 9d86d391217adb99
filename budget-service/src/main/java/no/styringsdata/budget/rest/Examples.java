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

    static final String PROBLEM_AMOUNTS_TOO_LARGE = """
            {"type":"https://styringsdata.no/problems/invalid-request","title":"Bad Request","status":400,\
            "detail":"format: the dataset would have 150480 cells (chapter 76 × post 33 × year 3 × stage 5 × agency 2 \
            × measure 1), more than the 100000 allowed: narrow it with chapter, post, year, stage, ministry or agency, \
            or page the JSON list","instance":"/api/budget/amounts",\
            "violations":[{"field":"format","in":"query","message":"the dataset would have 150480 cells (chapter 76 \
            × post 33 × year 3 × stage 5 × agency 2 × measure 1), more than the 100000 allowed: narrow it with \
            chapter, post, year, stage, ministry or agency, or page the JSON list"}]}""";

    static final String CUBE = """
            [{"year":2025,"stage":"saldert","stageName":"Saldert budsjett","amountNok":5050189000},\
            {"year":2026,"stage":"forslag","stageName":"Forslag","amountNok":5063050000}]""";

    static final String CUBE_CSV = """
            programArea,programAreaName,programCategory,programCategoryName,chapter,chapterName,postKind,postKindName,\
            ministry,ministryName,agency,agencyName,year,stage,stageName,amountNok
            ,,,,,,,,,,,,2025,saldert,Saldert budsjett,5050189000
            ,,,,,,,,,,,,2026,forslag,Forslag,5063050000
            """;

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
