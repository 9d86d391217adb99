package no.styringsdata.platform.csv;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;

/**
 * What a response looks like as CSV: flat rows of one record type. A JSON response object that
 * holds more than rows (totals, say) implements this to say which rows its CSV form is.
 */
public interface CsvTable<T> {

    Class<T> csvRowType();

    List<T> csvRows();

    /** A list's CSV form, with the rows' class from the list's generic type or else its first row. */
    @SuppressWarnings("unchecked")
    static CsvTable<Object> fromList(List<?> rows, Type genericType) {
        Class<Object> type;
        if (genericType instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] instanceof Class<?> element) {
            type = (Class<Object>) element;
        } else {
            type = rows.isEmpty() ? Object.class : (Class<Object>) rows.get(0).getClass();
        }
        List<Object> copy = List.copyOf(rows);
        return new CsvTable<>() {
            @Override
            public Class<Object> csvRowType() {
                return type;
            }

            @Override
            public List<Object> csvRows() {
                return copy;
            }
        };
    }
}
