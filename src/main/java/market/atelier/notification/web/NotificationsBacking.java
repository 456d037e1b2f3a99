package market.atelier.notification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import market.atelier.account.web.CurrentAccount;
import market.atelier.notification.Notification;
import market.atelier.notification.NotificationService;
import market.atelier.shared.web.Messages;

/** The header's unread count and {@code /account/notifications} (opening the page marks everything read). */
@Named("notifications")
@RequestScoped
public class NotificationsBacking {

    @Inject
    private NotificationService service;

    @Inject
    private CurrentAccount current;

    private Long unread;
    private List<Notification> recent;

    /** One count query per signed-in page view; none for visitors. */
    public long getUnread() {
        if (unread == null) {
            unread = current.get().map(account -> service.unreadCount(account.getId())).orElse(0L);
        }
        return unread;
    }

    /** View action of the notifications page: read the list as it was, then mark it read. */
    public void open() {
        current.get().ifPresent(account -> {
            recent = service.recent(account.getId());
            service.markAllRead(account.getId());
            unread = 0L;
        });
    }

    /** The notice in the reader's language (badge codes become badge names, ISO dates local dates). */
    public String text(Notification notification) {
        Object[] args = notification.getArgs().stream()
                .map(NotificationsBacking::badgeName).toArray();
        return Messages.text(notification.getMessageKey(), args);
    }

    private static String badgeName(String arg) {
        if (arg.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return LocalDate.parse(arg).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                    .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale()));
        }
        if (!arg.matches("[A-Z_]{3,40}")) {
            return arg;
        }
        String key = "verify.badge." + arg;
        String name = Messages.text(key);
        return key.equals(name) ? arg : name;
    }

    public List<Notification> getRecent() {
        return recent == null ? List.of() : recent;
    }
}
