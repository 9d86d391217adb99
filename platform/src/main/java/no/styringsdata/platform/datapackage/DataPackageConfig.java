package no.styringsdata.platform.datapackage;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** What a service puts in its data package ({@code GET <api>/datapackage}): its public tables and documents. */
@ConfigMapping(prefix = "styringsdata.datapackage")
public interface DataPackageConfig {

    /** The package's name (lower case, hyphens), also the zip's file name. */
    @WithDefault("styringsdata")
    String name();

    @WithDefault("Styringsdata")
    String title();

    Optional<String> description();

    /**
     * The tables that hold public data, one resource each, in this order; their columns, keys and comments come
     * from the database's catalog. Never the audit log, migration histories, change log or caches.
     */
    Optional<List<String>> tables();

    /** Columns left out ({@code table.column}): internal helpers such as search texts. Generated columns always are. */
    Optional<List<String>> excludedColumns();

    /** The documents the data were read from: a query giving {@code title}, {@code date} and {@code kind} per row. */
    Optional<String> sourcesQuery();

    /** A classpath JSON object whose properties are added to datapackage.json (a Fiscal Data Package's profile and model). */
    Optional<String> descriptorAdditions();
}
