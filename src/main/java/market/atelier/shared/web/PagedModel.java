package market.atelier.shared.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A PrimeFaces lazy table read a page at a time from a service (one count, one page query), with no sorting,
 * filtering or row selection of its own: the page's form decides what is shown. Kept in a transient field of the
 * view bean and made again where missing (PrimeFaces' model holds converters and listeners).
 */
public final class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Reads rows {@code first} to {@code first + max - 1}. */
    @FunctionalInterface
    public interface Page<T> {
        List<T> read(int first, int max);
    }

    private final transient LongSupplier count;
    private final transient Page<T> page;
    private final transient Function<T, Object> key;

    public PagedModel(LongSupplier count, Page<T> page, Function<T, Object> key) {
        this.count = count;
        this.page = page;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, count.getAsLong());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return page.read(first, pageSize);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return null; // no row selection
    }
}
