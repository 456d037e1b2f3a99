package market.atelier.admin.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import market.atelier.admin.AuditSearch;
import market.atelier.admin.AuditSearch.Filter;
import market.atelier.shared.AuditEntry;
import market.atelier.shared.web.Messages;
import market.atelier.shared.web.PagedModel;

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
    private transient PagedModel<AuditEntry> model; // made again where missing

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

    /** The lazy model of the table: the applied filter, a page at a time. */
    public PagedModel<AuditEntry> getModel() {
        if (model == null) {
            model = new PagedModel<>(() -> audit.count(filter), (first, max) -> audit.entries(filter, first, max),
                    AuditEntry::getId);
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
