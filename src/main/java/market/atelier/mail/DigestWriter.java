package market.atelier.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import market.atelier.account.Account;
import market.atelier.notification.Notification;
import market.atelier.shared.AtelierConfig;

/**
 * Writes the digests: for every account with notices not yet digested and still unread (a notice already seen on
 * the site needs no mail), one mail per digest kind the account wants, listing the notices with their links and an
 * unsubscribe link for that kind. The notices are the site's own ({@code notification}): new messages
 * ({@code messages.notify.*}) and verification decisions and badge changes ({@code notice.artisan.decided.*},
 * suspended, revoked, expired, expiring). One transaction per run; {@link DigestJob} runs it once per period across
 * all servers.
 */
@Stateless
@PermitAll
public class DigestWriter {

    /** Notices older than this are not digested any more (an account's first digest, a long outage). */
    static final Duration LOOK_BACK = Duration.ofDays(2);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MailOutbox outbox;

    @Inject
    private MailPreferences preferences;

    /** Digests the notices created up to {@code until}; returns how many mails were queued. */
    public int write(Instant until) {
        List<Object[]> notices = em.createQuery("SELECT n.accountId, n FROM Notification n WHERE n.createdAt > :floor"
                        + " AND n.createdAt <= :until AND n.readAt IS NULL AND (n.messageKey LIKE 'messages.notify.%'"
                        + " OR n.messageKey LIKE 'notice.artisan.decided.%' OR n.messageKey IN ('notice.artisan.suspended',"
                        + " 'notice.artisan.revoked', 'notice.artisan.expired', 'notice.artisan.expiring'))"
                        + " ORDER BY n.accountId, n.createdAt, n.id", Object[].class)
                .setParameter("floor", until.minus(LOOK_BACK))
                .setParameter("until", until)
                .getResultList();
        Map<Long, List<Notification>> byAccount = new LinkedHashMap<>();
        for (Object[] row : notices) {
            byAccount.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((Notification) row[1]);
        }
        int queued = 0;
        for (Map.Entry<Long, List<Notification>> entry : byAccount.entrySet()) {
            queued += digest(entry.getKey(), entry.getValue(), until);
        }
        return queued;
    }

    private int digest(long accountId, List<Notification> notices, Instant until) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            return 0;
        }
        MailSettings settings = preferences.of(accountId);
        Instant since = settings.getDigestedUntil();
        List<Notification> fresh = notices.stream()
                .filter(notice -> since == null || notice.getCreatedAt().isAfter(since)).toList();
        settings.setDigestedUntil(until);
        int queued = 0;
        for (MailKind kind : new MailKind[] {MailKind.DIGEST_MESSAGES, MailKind.DIGEST_VERIFICATION}) {
            List<Notification> ofKind = fresh.stream().filter(notice -> kindOf(notice) == kind).toList();
            if (!ofKind.isEmpty() && settings.wants(kind)) {
                String unsubscribe = preferences.unsubscribeUrl(settings, kind);
                outbox.queueDigest(mail(account, kind, ofKind, unsubscribe), accountId, unsubscribe);
                queued++;
            }
        }
        return queued;
    }

    private static Mail mail(Account account, MailKind kind, List<Notification> notices, String unsubscribe) {
        String part = MailPreferences.parameterOf(kind);
        String base = AtelierConfig.publicUrl();
        MailBody body = MailBody.in(account.getLocale())
                .greeting(account.getDisplayName())
                .paragraph("mail.digest." + part + ".intro", notices.size());
        for (Notification notice : notices) {
            body.line(body.message(notice.getMessageKey(), notice.getArgs().toArray()));
        }
        String open = notices.get(notices.size() - 1).getLink();
        body.button("mail.digest." + part + ".open", base + (open == null ? "/account/notifications" : open))
                .paragraph("mail.digest.why", MailConfig.digestPeriod().toMinutes())
                .link("mail.digest." + part + ".unsubscribe", unsubscribe)
                .link("mail.digest.preferences", base + "/account/mail-preferences");
        return body.to(account.getEmail(), kind, "mail.digest." + part + ".subject", notices.size());
    }

    static MailKind kindOf(Notification notice) {
        return notice.getMessageKey().startsWith("messages.notify.") ? MailKind.DIGEST_MESSAGES
                : MailKind.DIGEST_VERIFICATION;
    }
}
