package no.styringsdata.platform.csv;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import no.styringsdata.platform.rest.FormatQueryFilter;
import no.styringsdata.platform.rest.WholeList;

/**
 * Writes lists of flat records as UTF-8 CSV with a header row (RFC 4180, via Jackson's CSV
 * module), {@link CsvTable}s as their rows, and {@link WholeList}s as they are read. Column order is the record's
 * component order.
 */
@Provider
@Produces(FormatQueryFilter.TEXT_CSV)
public class CsvMessageBodyWriter implements MessageBodyWriter<Object> {

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .findAndAddModules()
            .build();

    /** Jackson orders CSV columns alphabetically; a record's own order reads better. */
    private static CsvSchema columnsInDeclarationOrder(Class<?> rowType) {
        CsvSchema schema = MAPPER.schemaFor(rowType);
        if (!rowType.isRecord()) {
            return schema;
        }
        return schema.sortedBy(Arrays.stream(rowType.getRecordComponents())
                .map(RecordComponent::getName).toArray(String[]::new));
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return List.class.isAssignableFrom(type) || CsvTable.class.isAssignableFrom(type)
                || WholeList.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(Object entity, Class<?> type, Type genericType, Annotation[] annotations,
                        MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out)
            throws IOException {
        headers.putSingle("Content-Type", FormatQueryFilter.TEXT_CSV + ";charset=UTF-8");
        if (entity instanceof WholeList<?> whole) {
            // the rows are read as they are written: a whole list is never held
            ObjectWriter writer = writer(whole.rowType());
            whole.write(headers, rows -> writer.writeValue(out, rows));
            return;
        }
        CsvTable<?> table = entity instanceof CsvTable<?> t ? t : CsvTable.fromList((List<?>) entity, genericType);
        writer(table.csvRowType()).writeValue(out, table.csvRows());
    }

    /** Writes rows of the type as they are serialised, not built as one text first. */
    private static ObjectWriter writer(Class<?> rowType) {
        return MAPPER.writer(columnsInDeclarationOrder(rowType).withHeader())
                .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }
}
