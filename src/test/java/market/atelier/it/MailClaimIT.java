package market.atelier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import market.atelier.mail.Mail;
import market.atelier.mail.MailKind;
import market.atelier.mail.MailOutbox;
import market.atelier.mail.MailSender;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Outbox claims are exclusive: four senders (as four servers would) racing for the same twenty mails claim each
 * exactly once, so no mail goes out twice in normal operation.
 */
@ExtendWith(ArquillianExtension.class)
class MailClaimIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.atelier(MailClaimIT.class);
    }

    @Inject
    private MailOutbox outbox;

    @Inject
    private MailSender sender;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Test
    void racingSendersClaimEachMailOnce() throws Exception {
        String to = "claims-" + UUID.randomUUID() + "@it.atelier";
        tx.begin();
        for (int i = 0; i < 20; i++) {
            outbox.queue(new Mail(to, MailKind.ORDER_RECEIPT, "Claim " + i, "text", "<p>html</p>"));
        }
        em.flush();
        // Out of the real pump's way (it only takes mails that are due); claiming does not look at the time.
        em.createNativeQuery("UPDATE mail_outbox SET next_attempt_at = ?1 WHERE to_address = ?2")
                .setParameter(1, java.sql.Timestamp.from(Instant.now().plusSeconds(3600)))
                .setParameter(2, to).executeUpdate();
        tx.commit();
        @SuppressWarnings("unchecked")
        List<Long> ids = ((List<Number>) em.createNativeQuery("SELECT id FROM mail_outbox WHERE to_address = ?1")
                .setParameter(1, to).getResultList()).stream().map(Number::longValue).toList();
        assertEquals(20, ids.size());

        ConcurrentHashMap<Long, AtomicInteger> claims = new ConcurrentHashMap<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Void>> senders = new ArrayList<>();
            for (int s = 0; s < 4; s++) {
                senders.add(pool.submit((Callable<Void>) () -> {
                    start.await();
                    for (long id : ids) {
                        if (sender.claim(id, Instant.now()) != null) {
                            claims.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<Void> f : senders) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(20, claims.size(), "every mail claimed");
        claims.forEach((id, count) -> assertEquals(1, count.get(), "mail " + id + " claimed once"));
        tx.begin();
        em.createNativeQuery("DELETE FROM mail_outbox WHERE to_address = ?1").setParameter(1, to).executeUpdate();
        tx.commit();
    }
}
