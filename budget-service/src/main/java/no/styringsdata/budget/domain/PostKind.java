package no.styringsdata.budget.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import no.styringsdata.platform.wire.WireNamed;

/** What a post number says about the post, per the state budget's numbering ranges. */
public enum PostKind implements WireNamed {
    OPERATING,
    INVESTMENT,
    TRANSFER_STATE_ACCOUNTS,
    TRANSFER_MUNICIPALITIES,
    TRANSFER_OTHERS,
    LOANS,
    SALES_AND_OPERATING_INCOME,
    CONSTRUCTION_INCOME,
    TRANSFERS_IN,
    REPAYMENTS;

    @Override
    @JsonValue
    public String wireName() {
        return WireNamed.lowerCaseName(this);
    }

    public static PostKind of(ChapterKind chapterKind, int post) {
        if (post < 1 || post > 99) {
            throw new IllegalArgumentException("post must be 01–99, was " + post);
        }
        if (chapterKind == ChapterKind.REVENUE) {
            if (post <= 29) return SALES_AND_OPERATING_INCOME;
            if (post <= 49) return CONSTRUCTION_INCOME;
            if (post <= 89) return TRANSFERS_IN;
            return REPAYMENTS;
        }
        if (post <= 29) return OPERATING;
        if (post <= 49) return INVESTMENT;
        if (post <= 59) return TRANSFER_STATE_ACCOUNTS;
        if (post <= 69) return TRANSFER_MUNICIPALITIES;
        if (post <= 89) return TRANSFER_OTHERS;
        return LOANS;
    }
}
