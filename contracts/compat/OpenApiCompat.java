import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.File;
import java.io.OutputStreamWriter;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.compare.OpenApiDiffOptions;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.ConsoleRender;

/**
 * Compares two OpenAPI documents with OpenAPITools openapi-diff and prints its change log. This stands in
 * for the tool's own command line (openapi-diff-cli), which the Maven repository CI uses does not serve;
 * the classification is the tool's. Run by contracts/compat.sh as a single-file program:
 * {@code java -cp <openapi-diff-core's class path> OpenApiCompat.java <old> <new> <rules.yaml>}.
 * Exit status: 0 no change the tool reports, 10 only backward-compatible changes, 20 a breaking change
 * (a failure exits with another status).
 */
public class OpenApiCompat {

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: OpenApiCompat <old document> <new document> <rules.yaml>");
      System.exit(64);
    }
    OpenApiDiffOptions options = OpenApiDiffOptions.builder().configYaml(new File(args[2])).build();
    ChangedOpenApi diff = OpenApiCompare.fromLocations(args[0], args[1], null, options);
    if (diff.isUnchanged()) {
      System.exit(0);
    }
    // The renderer flushes and closes the writer.
    new ConsoleRender().render(diff, new OutputStreamWriter(System.out, UTF_8));
    System.exit(diff.isIncompatible() ? 20 : 10);
  }
}
