package no.styringsdata.platform.openapi;

/**
 * The bounds of the values the services' records share, written once for their {@code @Schema} annotations. Each
 * is the bound the data really has: the database column and its check, or the form the readers give a code.
 */
public final class Bounds {

    /** A ministry's code (table {@code ministry}: {@code VARCHAR(8)}, checked against this pattern). */
    public static final String MINISTRY_CODE = "^[A-Z]{2,8}$";
    public static final int MINISTRY_CODE_LENGTH = 8;

    /** An agency's id (table {@code agency}: {@code VARCHAR(255)}, checked against this pattern; Agency.idOf). */
    public static final String AGENCY_ID = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public static final int AGENCY_ID_LENGTH = 255;

    /** An organisation number (organisasjonsnummer): nine digits. */
    public static final String ORG_NUMBER = "^[0-9]{9}$";
    public static final int ORG_NUMBER_LENGTH = 9;

    /** A year of a budget, letter or report (every table's year check); as numbers for Bean Validation. */
    public static final int YEAR_FIRST = 1900;
    public static final int YEAR_LAST = 2200;
    public static final String YEAR_MIN = "" + YEAR_FIRST;
    public static final String YEAR_MAX = "" + YEAR_LAST;

    /** A budget chapter (kapittel): expenditure 1–2999, revenue 3000–5999. */
    public static final int CHAPTER_FIRST = 1;
    public static final int CHAPTER_LAST = 5999;
    public static final String CHAPTER_MIN = "" + CHAPTER_FIRST;
    public static final String CHAPTER_MAX = "" + CHAPTER_LAST;

    /** A post number as written, two digits ("01"), 01–99; as a number, 1–99. */
    public static final String POST = "^(0[1-9]|[1-9][0-9])$";
    public static final int POST_LENGTH = 2;
    public static final int POST_FIRST = 1;
    public static final int POST_LAST = 99;

    /** A programkategori code ("10.40"); its programområde is the first two digits. */
    public static final String CATEGORY_CODE = "^[0-9]{2}\\.[0-9]{2}$";
    public static final int CATEGORY_CODE_LENGTH = 5;
    public static final String AREA_CODE = "^[0-9]{2}$";
    public static final int AREA_CODE_LENGTH = 2;

    /** Counts, line numbers and positions: never negative, at most what an {@code INTEGER} column holds. */
    public static final String ZERO = "0";
    public static final String INT_MAX = "2147483647";

    /** A line of a document: the first is 1. */
    public static final String LINE_MIN = "1";

    /** Generated ids ({@code BIGINT ... IDENTITY}) start at 1; versions and sums of counts at 0. */
    public static final String ID_MIN = "1";
    public static final String LONG_MAX = "9223372036854775807";

    private Bounds() {
    }
}
