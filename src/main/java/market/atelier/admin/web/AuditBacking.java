package market.atelier.admin.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import market.atelier.admin.AuditSearch;
import market.atelier.admin.AuditSearch.Filter;
import market.atelier.shared.AuditEntry;
import market.atelier.shared.web.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** {@code /admin/audit}: the audit log, newest first, a page at a time, filtered by actor, action and dates (UTC). */
@Named("adminAudit")
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditSearch audit;

    private String actor;
    private String action;
    private LocalDate from;
    private LocalDate until;
    private Filter filter = Filter.NONE;
    private transient Model model; // PrimeFaces' model keeps converters and listeners: made again where missing

    /** The lazy model of the table: the applied filter, a page at a time. */
    public final class Model extends LazyDataModel<AuditEntry> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, audit.count(filter));
        }

        @Override
        public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return audit.entries(filter, first, pageSize);
        }

        @Override
        public String getRowKey(AuditEntry entry) {
            return String.valueOf(entry.getId());
        }

        @Override
        public AuditEntry getRowData(String rowKey) {
            return null; // no row selection
        }
    }

    /** Applies what the filter form says; "until" is inclusive (the whole day). */
    public void apply() {
        if (from != null && until != null && until.isBefore(from)) {
            Messages.error("filter:until", "admin.audit.error.range");
            return;
        }
        filter = new Filter(actor, action, from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                until == null ? null : until.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    public void clear() {
        actor = null;
        action = null;
        from = null;
        until = null;
        filter = Filter.NONE;
    }

    public List<String> getActions() {
        return audit.actions();
    }

    /** The action in words ("Account suspended"), or its code when the bundle has no text for it. */
    public String actionText(String code) {
        String text = Messages.text("admin.audit.action." + code);
        return text.startsWith("admin.audit.action.") ? code : text;
    }

    /** What the entry was about, in words ("Badge"), or its code. */
    public String subjectText(String type) {
        String text = Messages.text("admin.audit.subject." + type);
        return text.startsWith("admin.audit.subject.") ? type : text;
    }

    /** When, to the minute, in UTC (the filter's days are UTC days too). */
    public String when(java.time.Instant at) {
        return WHEN.format(at) + " UTC";
    }

    private static final java.time.format.DateTimeFormatter WHEN =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    public Model getModel() {
        if (model == null) {
            model = new Model();
        }
        return model;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }
}
