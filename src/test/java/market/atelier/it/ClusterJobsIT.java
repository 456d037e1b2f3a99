package market.atelier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import market.atelier.account.LoginFailure;
import market.atelier.account.LoginThrottle;
import market.atelier.shared.JobLease;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Timers on several servers: each fires everywhere. A job that must run once per period claims it through
 * {@link JobLease} (the Trusted maker's daily run); the others are shown to be harmless run at once on two servers
 * (here two threads start together, each as one server's timer would). Badge expiry is shown so in VerificationIT.
 */
@ExtendWith(ArquillianExtension.class)
class ClusterJobsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.atelier(ClusterJobsIT.class);
    }

    @Inject
    private JobLease leases;

    @Inject
    private LoginThrottle throttle;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Resource
    private ManagedExecutorService executor;

    /** Starts every task at once and waits for all. */
    private <T> List<T> together(int servers, Callable<T> task) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < servers; i++) {
            futures.add(executor.submit(() -> {
                go.await();
                return task.call();
            }));
        }
        go.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get());
        }
        return results;
    }

    @Test
    void aLeasedJobRunsOncePerSlotHoweverManyServersFireAtOnce() throws Exception {
        String job = "test-" + UUID.randomUUID().toString().substring(0, 8);
        Instant today = Instant.now().truncatedTo(ChronoUnit.DAYS);
        AtomicInteger runs = new AtomicInteger();
        leases.ensure(job); // as the migration adds the row of a real job
        List<Boolean> ran = together(4, () -> leases.runOnce(job, today, Duration.ofHours(1), runs::incrementAndGet));
        assertEquals(1, runs.get(), "run once: " + ran);
        assertEquals(1, ran.stream().filter(b -> b).count());

        assertFalse(leases.runOnce(job, today, Duration.ofHours(1), runs::incrementAndGet), "done for today");
        assertFalse(leases.runOnce(job, today.minus(Duration.ofDays(1)), Duration.ofHours(1), runs::incrementAndGet),
                "an older slot is not run again");
        assertTrue(leases.runOnce(job, today.plus(Duration.ofDays(1)), Duration.ofHours(1), runs::incrementAndGet),
                "the next day runs");
        assertEquals(2, runs.get());
    }

    @Test
    void aSlotLeftUnfinishedByADeadServerIsTakenOverOnlyAfterItsLease() throws Exception {
        String job = "test-" + UUID.randomUUID().toString().substring(0, 8);
        Instant slot = Instant.now().truncatedTo(ChronoUnit.DAYS);
        Instant now = Instant.now();
        leases.ensure(job);
        assertTrue(leases.claim(job, slot, now.plus(Duration.ofHours(2)), now), "claimed, then the server dies");
        assertFalse(leases.claim(job, slot, now.plus(Duration.ofHours(3)), now.plus(Duration.ofHours(1))),
                "within its lease: nobody else runs it");
        Instant later = now.plus(Duration.ofHours(2)).plusSeconds(1);
        assertTrue(leases.claim(job, slot, later.plus(Duration.ofHours(2)), later), "after it: taken over");
        leases.done(job, slot, later);
        assertFalse(leases.claim(job, slot, later.plus(Duration.ofHours(9)), later.plus(Duration.ofHours(7))),
                "finished: never again");

        AtomicInteger runs = new AtomicInteger();
        assertFalse(leases.runOnce(job, slot, Duration.ofHours(1), () -> {
            runs.incrementAndGet();
        }));
        assertEquals(0, runs.get());
    }

    @Test
    void aJobThatFailsLeavesItsSlotToBeTakenOverAfterTheLease() {
        String job = "test-" + UUID.randomUUID().toString().substring(0, 8);
        Instant slot = Instant.now().truncatedTo(ChronoUnit.DAYS);
        try {
            leases.runOnce(job, slot, Duration.ofMillis(1), () -> {
                throw new IllegalStateException("the run fails");
            });
        } catch (RuntimeException expected) {
            // the container wraps it (EJBException); a timer's failure is logged
        }
        Instant later = Instant.now().plusSeconds(1);
        assertTrue(leases.claim(job, slot, later.plusSeconds(60), later), "unfinished and past its lease");
    }

    @Test
    void twoServersForgettingOldSignInFailuresAtOnceKeepTheRecentOnes() throws Exception {
        String client = "203.0.113." + (int) (Math.random() * 200);
        String email = "forget-" + UUID.randomUUID().toString().substring(0, 8) + "@it.atelier";
        Instant now = Instant.now();
        tx.begin();
        for (int i = 0; i < 30; i++) {
            Instant at = i < 20 ? now.minus(LoginThrottle.WINDOW).minusSeconds(60 + i) : now.minusSeconds(i);
            em.persist(new LoginFailure(email, client, at));
        }
        tx.commit();

        List<Integer> deleted = together(2, () -> throttle.forgetOldFailures(now));
        assertTrue(deleted.stream().mapToInt(Integer::intValue).sum() >= 20, "the old ones went: " + deleted);
        long old = count(email, "failed_at < ?2", Timestamp.from(now.minus(LoginThrottle.WINDOW)));
        long recent = count(email, "failed_at >= ?2", Timestamp.from(now.minus(LoginThrottle.WINDOW)));
        assertEquals(0, old);
        assertEquals(10, recent, "the recent ones stay counted");
    }

    private long count(String email, String condition, Timestamp at) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM login_failure WHERE email = ?1 AND " + condition)
                .setParameter(1, email).setParameter(2, at).getSingleResult()).longValue();
    }
}
