package no.styringsdata.platform.changes;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChangePage", description = "Changes since a cursor, in commit order, and the cursor to ask with next")
public record ChangePage(
        @Schema(description = "Each resource created, changed or removed since the cursor, once (its latest "
                + "change), in the order of their commits", required = true, maxItems = ChangeFeedResource.MAX_LIMIT)
        List<ChangeView> changes,
        @Schema(description = "The cursor to send as `since` next: after the last change of this page, or the "
                + "cursor sent if there is none", pattern = Cursor.PATTERN, maxLength = Cursor.LENGTH, example = "1234.9f2c1a7e",
                required = true)
        String next,
        @Schema(description = "Whether more changes follow at once (then `Link` rel=next gives them too)",
                required = true) boolean more) {
}
