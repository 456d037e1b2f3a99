package market.atelier.mail;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.SendFailedException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends what the outbox holds: woken after every transaction that queued a mail, and every five seconds by its timer
 * (mails whose retry is due, mails queued on another server). One pass at a time per server; a wake-up during a
 * pass makes the pass look again before it ends. While the mail server cannot be reached, a pass stops at the first
 * mail that finds it down (that mail waits its backoff; the others simply stay due): one connection attempt per pass
 * instead of one per queued mail. Sent mails are deleted after {@link #KEEP_SENT}.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailPump {

    private static final Logger LOG = Logger.getLogger(MailPump.class.getName());

    static final Duration KEEP_SENT = Duration.ofDays(14);

    private static final int BATCH = 20;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private volatile Instant pruned = Instant.EPOCH;

    @Inject
    private MailSender sender;

    @Inject
    private MailTransport transport;

    @Inject
    private MailPreferences preferences;

    @Resource
    private SessionContext context;

    /** A transaction that queued a mail committed: send it now, on another thread. */
    public void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailOutbox.MailQueued queued) {
        context.getBusinessObject(MailPump.class).kick();
    }

    @Asynchronous
    public void kick() {
        pump();
    }

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    public void tick() {
        pump();
        Instant now = Instant.now();
        if (pruned.isBefore(now.minus(Duration.ofHours(1)))) {
            pruned = now;
            try {
                sender.prune(now.minus(KEEP_SENT));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Sent mails not pruned; next hour again", e);
            }
        }
    }

    /** Sends everything due; returns how many mails went out. */
    public int pump() {
        again.set(true);
        if (!running.compareAndSet(false, true)) {
            return 0; // the running pass sees again and looks once more
        }
        int sent = 0;
        try {
            while (again.getAndSet(false)) {
                List<Long> due;
                do {
                    due = sender.due(Instant.now(), BATCH);
                    for (long id : due) {
                        Outcome outcome = send(id);
                        if (outcome == Outcome.SERVER_DOWN) {
                            return sent; // one probe per pass while the server is down, not one per mail
                        }
                        sent += outcome == Outcome.SENT ? 1 : 0;
                    }
                } while (due.size() == BATCH);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox not read; the timer tries again", e);
        } finally {
            running.set(false);
        }
        return sent;
    }

    private enum Outcome { SENT, NOT_SENT, SERVER_DOWN }

    private Outcome send(long id) {
        OutboxMail mail = sender.claim(id, Instant.now());
        if (mail == null) {
            return Outcome.NOT_SENT;
        }
        if (mail.getKind().isDigest() && mail.getAccountId() != null
                && !preferences.wants(mail.getAccountId(), mail.getKind())) {
            sender.givenUp(id, "unsubscribed", Instant.now());
            return Outcome.NOT_SENT;
        }
        try {
            transport.deliver(mail);
            sender.sent(id, Instant.now());
            return Outcome.SENT;
        } catch (SendFailedException e) {
            if (e.getValidSentAddresses() == null && e.getValidUnsentAddresses() == null
                    && e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0) {
                LOG.warning("Mail " + id + " (" + mail.getKind() + "): address refused, not sent: " + e.getMessage());
                sender.givenUp(id, "address refused: " + e.getMessage(), Instant.now());
            } else {
                retry(mail, e);
            }
        } catch (Exception e) {
            retry(mail, e);
            if (unreachable(e)) {
                return Outcome.SERVER_DOWN;
            }
        }
        return Outcome.NOT_SENT;
    }

    /** The mail server could not be reached at all (refused, unknown host, no answer): not this mail's fault. */
    static boolean unreachable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.net.ConnectException || cause instanceof java.net.UnknownHostException
                    || cause instanceof java.net.NoRouteToHostException
                    || cause.getClass().getSimpleName().equals("MailConnectException")) {
                return true;
            }
        }
        return false;
    }

    private void retry(OutboxMail mail, Exception e) {
        String error = e.getClass().getSimpleName() + ": " + e.getMessage();
        LOG.log(mail.getAttempts() == 0 ? Level.WARNING : Level.FINE, "Mail " + mail.getId() + " not sent (attempt "
                + (mail.getAttempts() + 1) + "), tried again in " + MailSender.backoff(mail.getAttempts() + 1)
                + ": " + error);
        sender.failed(mail.getId(), mail.getAttempts(), error, Instant.now());
    }
}
