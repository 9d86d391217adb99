package no.styringsdata.indicator.rest;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Arrays;
import no.styringsdata.indicator.domain.ValueUnit;
import no.styringsdata.indicator.importer.IndicatorDocumentKind;
import no.styringsdata.indicator.importer.IndicatorKind;
import no.styringsdata.platform.codelists.CodeListSource;

/** The indicators' code lists (platform {@code codelists/}); their order is {@code styringsdata.codelists}. */
@Singleton
public class IndicatorCodeLists {

    @Produces
    @Singleton
    CodeListSource indicatorKinds() {
        return CodeListSource.ofEnum("indicator-kinds", IndicatorKind.class);
    }

    @Produces
    @Singleton
    CodeListSource units() {
        return CodeListSource.ofEnum("units", ValueUnit.class);
    }

    @Produces
    @Singleton
    CodeListSource documentKinds() {
        return CodeListSource.ofDocumentKinds("document-kinds", CodeListSource.class,
                Arrays.stream(IndicatorDocumentKind.values()).map(IndicatorDocumentKind::documentKind).toList());
    }
}
