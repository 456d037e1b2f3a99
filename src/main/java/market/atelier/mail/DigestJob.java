package market.atelier.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import market.atelier.shared.JobLease;

/**
 * Every minute each server looks whether a digest period ({@code ATELIER_MAIL_DIGEST_MINUTES}, default 15) has
 * ended; the first server to claim the period's slot ({@link JobLease}) writes the digests up to its end, the others
 * skip it: one digest per account per period, however many servers run.
 */
@Singleton
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DigestJob {

    private static final Logger LOG = Logger.getLogger(DigestJob.class.getName());

    static final String NAME = "mail-digest";

    @Inject
    private JobLease lease;

    @Inject
    private DigestWriter writer;

    @Schedule(hour = "*", minute = "*", second = "20", persistent = false)
    public void tick() {
        Duration period = MailConfig.digestPeriod();
        long millis = period.toMillis();
        Instant slot = Instant.ofEpochMilli(Instant.now().toEpochMilli() / millis * millis);
        try {
            lease.runOnce(NAME, slot, Duration.ofMinutes(5), () -> {
                int queued = writer.write(slot);
                if (queued > 0) {
                    LOG.info("Digests up to " + slot + ": " + queued + " queued");
                }
            });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Digests up to " + slot + " not written; the next period's run catches up", e);
        }
    }
}
