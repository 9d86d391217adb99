package no.styringsdata.budget.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import no.styringsdata.platform.wire.WireNamed;

/** Chapters 1–2999 are expenditure (utgifter), 3000–5999 revenue (inntekter). */
public enum ChapterKind implements WireNamed {
    EXPENDITURE, REVENUE;

    public static final int FIRST_REVENUE_CHAPTER = 3000;
    public static final int LAST_CHAPTER = 5999;

    public static ChapterKind of(int chapter) {
        return chapter >= FIRST_REVENUE_CHAPTER ? REVENUE : EXPENDITURE;
    }

    /** The chapter paired with this one: an agency's revenue chapter is 3000 + its expenditure chapter. */
    public static Integer pairedChapter(int chapter) {
        if (chapter < FIRST_REVENUE_CHAPTER) {
            return chapter + FIRST_REVENUE_CHAPTER;
        }
        return chapter < 2 * FIRST_REVENUE_CHAPTER ? chapter - FIRST_REVENUE_CHAPTER : null;
    }

    @Override
    @JsonValue
    public String wireName() {
        return WireNamed.lowerCaseName(this);
    }
}
