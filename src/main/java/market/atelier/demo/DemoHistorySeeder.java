package market.atelier.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import market.atelier.mail.MailOutbox;

/**
 * After the demo shops are seeded and the search index is built, adds their months of orders, reviews and messages
 * ({@link DemoHistory}). Placing orders moves stock, which the index follows: so this runs once the index is up.
 */
@Startup
@Singleton
@DependsOn({"DemoSeeder", "SearchIndex"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoHistorySeeder {

    private static final Logger LOG = Logger.getLogger(DemoHistorySeeder.class.getName());

    @EJB
    private DemoSeeder seeder;

    @EJB
    private DemoHistory history;

    @PostConstruct
    void seed() {
        if (!seeder.isSeeded()) {
            return;
        }
        long start = System.nanoTime();
        Instant now = Instant.now();
        try {
            MailOutbox.withheld(() -> history.seed(now)); // months of invented trade mail nobody
            LOG.info(() -> "Demo data: orders, reviews and messages seeded in " + (System.nanoTime() - start) / 1_000_000
                    + " ms");
        } catch (RuntimeException e) { // the shops are there; a demo without its history still runs
            LOG.log(Level.WARNING, "Demo data: the order and review history was not seeded", e);
        }
    }
}
