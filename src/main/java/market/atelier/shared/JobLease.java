package market.atelier.shared;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a scheduled job once across all servers for each period ({@code slot}, e.g. one day): every server's timer
 * fires, and the one whose conditional update of the job's {@code job_lease} row changes it runs the job; the
 * others' updates change nothing (the database serialises the updates on the row; the second sees the first's
 * commit). The lease is committed before the job starts. A server that dies while running a slot (kill -9) leaves it
 * unfinished: once its lease has passed, the next timer on any server takes the slot over.
 */
@Stateless
@PermitAll
public class JobLease {

    private static final Logger LOG = Logger.getLogger(JobLease.class.getName());

    /** This server, for as long as the application runs. */
    static final String HERE = UUID.randomUUID().toString();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private JobLease self;

    /**
     * Runs {@code job} if no server has run (or is running, within its lease) this {@code slot} of job {@code name};
     * returns whether it ran here. A job that throws leaves the slot unfinished, to be taken over after the lease.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean runOnce(String name, Instant slot, Duration lease, Runnable job) {
        boolean claimed;
        try {
            self.ensure(name);
            claimed = self.claim(name, slot, Instant.now().plus(lease), Instant.now());
        } catch (RuntimeException e) {
            // Another server claimed it at the same moment and the database refused the second update.
            LOG.log(Level.FINE, "Job " + name + ": not claimed", e);
            return false;
        }
        if (claimed) {
            job.run();
            self.done(name, slot, Instant.now());
        }
        return claimed;
    }

    /** Adds the job's row if it is missing (two servers adding it at once: one fails, the caller shrugs). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void ensure(String name) {
        Number rows = (Number) em.createNativeQuery("SELECT COUNT(*) FROM job_lease WHERE name = ?1")
                .setParameter(1, name).getSingleResult();
        if (rows.intValue() == 0) {
            em.createNativeQuery("INSERT INTO job_lease (name) VALUES (?1)").setParameter(1, name).executeUpdate();
        }
    }

    /** Takes the slot: newer than the last one claimed, or the same one left unfinished with its lease passed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(String name, Instant slot, Instant until, Instant now) {
        return em.createNativeQuery("UPDATE job_lease SET slot = ?1, holder = ?2, lease_until = ?3, done_at = NULL"
                        + " WHERE name = ?4 AND (slot IS NULL OR slot < ?1"
                        + " OR (slot = ?1 AND done_at IS NULL AND lease_until < ?5))")
                .setParameter(1, Timestamp.from(slot))
                .setParameter(2, HERE)
                .setParameter(3, Timestamp.from(until))
                .setParameter(4, name)
                .setParameter(5, Timestamp.from(now))
                .executeUpdate() == 1;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void done(String name, Instant slot, Instant now) {
        em.createNativeQuery("UPDATE job_lease SET done_at = ?1 WHERE name = ?2 AND slot = ?3 AND holder = ?4")
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, name)
                .setParameter(3, Timestamp.from(slot))
                .setParameter(4, HERE)
                .executeUpdate();
    }
}
