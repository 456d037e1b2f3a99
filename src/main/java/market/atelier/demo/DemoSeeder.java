package market.atelier.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import market.atelier.shared.AtelierConfig;

/**
 * Seeds the demo shops, pieces and logins into an <em>empty</em> database, only in Development stage or with
 * {@code ATELIER_DEMO=true}. Pictures are drawn at seed time; one transaction per shop.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoSeeder {

    public static final String PASSWORD = "atelier-demo";
    private static final Logger LOG = Logger.getLogger(DemoSeeder.class.getName());

    @EJB
    private DemoWriter writer;

    private boolean seeded;

    /** Whether this start seeded the demo shops (then {@link DemoHistorySeeder} adds their history). */
    public boolean isSeeded() {
        return seeded;
    }

    @PostConstruct
    void seed() {
        if (!AtelierConfig.demoData()) {
            return;
        }
        if (!writer.databaseEmpty()) {
            LOG.info("Demo data: the database already has accounts; nothing seeded");
            return;
        }
        long start = System.nanoTime();
        Instant now = Instant.now();
        writer.staffAccounts(now);
        List<DemoShop> shops = DemoCatalog.shops();
        for (int i = 0; i < shops.size(); i++) {
            DemoShop shop = shops.get(i);
            DemoPictures pictures = DemoPictures.draw(shop, i);
            writer.shop(shop, i, shops.size(), pictures, now);
        }
        seeded = true;
        LOG.info(() -> "Demo data: seeded " + shops.size() + " shops and "
                + shops.stream().mapToInt(s -> s.listings().size()).sum() + " pieces in "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
    }
}
