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
}
