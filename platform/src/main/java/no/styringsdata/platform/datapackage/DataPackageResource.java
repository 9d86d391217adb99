package no.styringsdata.platform.datapackage;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The whole dataset of the service in one download: a Frictionless Data Package, zipped and streamed
 * ({@link DataPackageWriter}). Its ETag and 304 are the conditional reads' of every GET (caching/ConditionalReads).
 */
@Path("/datapackage")
@Tag(name = "Download", description = "Everything the service holds, in one file")
public class DataPackageResource {

    public static final String ZIP = "application/zip";

    static final String DESCRIPTOR_EXAMPLE = """
            {"profile": "tabular-data-package", "name": "styringsdata-budget", "title": "Styringsdata: budget",
             "version": "1.0.42", "created": "2026-03-02T10:15:30.123Z",
             "licenses": [{"name": "NLOD-2.0", "path": "https://data.norge.no/nlod/en/2.0",
                           "title": "Norwegian Licence for Open Government Data (NLOD) 2.0"}],
             "sources": [{"title": "Prop. 1 S (2025–2026)", "date": "2025-10-06", "kind": "prop1s"}],
             "resources": [{"profile": "tabular-data-resource", "name": "post", "path": "post.csv", "format": "csv",
               "mediatype": "text/csv", "encoding": "utf-8",
               "schema": {"fields": [
                 {"name": "id", "type": "integer", "constraints": {"required": true}},
                 {"name": "chapter_number", "type": "integer", "description": "The chapter (kapittel) the post is of",
                  "constraints": {"required": true}}],
                 "primaryKey": ["id"],
                 "foreignKeys": [{"fields": ["chapter_number"], "reference": {"resource": "chapter", "fields": ["number"]}}],
                 "missingValues": [""]}}]}""";

    @Inject
    DataSource dataSource;

    @Inject
    DataPackageConfig config;

    @ConfigProperty(name = "quarkus.smallrye-openapi.info-version", defaultValue = "1.0")
    String apiVersion;

    @GET
    @Produces(ZIP)
    @Operation(summary = "Download everything as a data package",
            description = "Every public table of the service as a [Frictionless Data Package]"
                    + "(https://specs.frictionlessdata.io/data-package/), zipped: `datapackage.json` describes each "
                    + "table (a Table Schema: fields with types and descriptions, primary key, foreign keys between "
                    + "the tables, missing values), the licence (NLOD 2.0) and the documents the data were read from; "
                    + "then one CSV per table (UTF-8, header row, `,`, rows in key order). All files are one "
                    + "snapshot of the data. The answer is streamed as it is read: start reading at once. Its ETag "
                    + "changes when any of the data change; send it as If-None-Match to learn cheaply (304) that "
                    + "nothing did. `version` is the API's MAJOR.MINOR and the data's version. A datapackage.json:\n\n"
                    + "```json\n" + DESCRIPTOR_EXAMPLE + "\n```")
    @APIResponse(responseCode = "200", description = "The data package, a zip (datapackage.json, then one CSV per table)",
            headers = @Header(name = "Content-Disposition", description = "An attachment, and the zip's file name",
                    required = true, schema = @Schema(type = SchemaType.STRING, maxLength = 200,
                            pattern = "^attachment; filename=\"[a-z0-9-]+\\.zip\"$",
                            example = "attachment; filename=\"styringsdata-budget.zip\"")),
            content = @Content(mediaType = ZIP, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response download() {
        StreamingOutput zip = out -> {
            try (Connection db = dataSource.getConnection()) {
                new DataPackageWriter(config, apiVersion).write(db, out);
            } catch (SQLException e) {
                throw new IOException("Writing the data package failed", e);
            }
        };
        return Response.ok(zip, ZIP)
                .header("Content-Disposition", "attachment; filename=\"" + config.name() + ".zip\"").build();
    }
}
