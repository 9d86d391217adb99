package no.styringsdata.reader.assignment;

/**
 * A reference to a budget chapter (kapittel) and post, "kap. 714, post 21" or "714.21".
 *
 * @param post the post, or null when the text names only the chapter ("hele kap. 760")
 */
public record PostRef(int chapter, Integer post) {
}
