package no.styringsdata.budget.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import no.styringsdata.platform.wire.WireNamed;

/** What a post number says about the post, per the state budget's numbering ranges. */
public enum PostKind implements WireNamed {
    OPERATING("operating"),
    INVESTMENT("investment"),
    TRANSFER_STATE_ACCOUNTS("transfer_state_accounts"),
    TRANSFER_MUNICIPALITIES("transfer_municipalities"),
    TRANSFER_OTHERS("transfer_others"),
    LOANS("loans"),
    SALES_AND_OPERATING_INCOME("sales_and_operating_income"),
    CONSTRUCTION_INCOME("construction_income"),
    TRANSFERS_IN("transfers_in"),
    REPAYMENTS("repayments");

    private final String wireName;

    PostKind(String wireName) {
        this.wireName = wireName;
    }

    @Override
    @JsonValue
    public String wireName() {
        return wireName;
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
