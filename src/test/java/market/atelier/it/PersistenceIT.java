package market.atelier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import market.atelier.account.Account;
import market.atelier.catalog.Category;
import market.atelier.catalog.Listing;
import market.atelier.shared.AtelierConfig;
import market.atelier.shared.Database;
import market.atelier.shared.Money;
import market.atelier.shop.Shop;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Persistence on the real server: EclipseLink as provider, the migrations, and a round trip. H2 and PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class PersistenceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.atelier(PersistenceIT.class, Fixtures.class);
    }

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Test
    void theJpaProviderIsEclipseLink() {
        assertNotNull(em.unwrap(JpaEntityManager.class), "EntityManager unwraps to EclipseLink's");
        assertTrue(em.getEntityManagerFactory().getClass().getName().startsWith("org.eclipse.persistence")
                        || em.unwrap(JpaEntityManager.class).getClass().getName().startsWith("org.eclipse.persistence"),
                em.getEntityManagerFactory().getClass().getName());
    }

    @Test
    void theDatabaseIsTheOneConfiguredForThisRun() throws Exception {
        String expected = System.getProperty("atelier.db", "h2");
        assertEquals(expected, AtelierConfig.database());
        try (Connection c = Database.dataSource().getConnection()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase();
            assertTrue(product.contains(expected.equals("h2") ? "h2" : "postgres"), product);
        }
    }

    @Test
    void versionedMigrationsWereAppliedByFlyway() throws Exception {
        List<String> versions = new ArrayList<>();
        try (Connection c = Database.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\""
                        + " WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            while (rs.next()) {
                assertTrue(rs.getBoolean(2), "migration " + rs.getString(1) + " succeeded");
                versions.add(rs.getString(1));
            }
        }
        assertEquals("1", versions.get(0));
        assertEquals(5L, em.createQuery("SELECT COUNT(c) FROM Category c WHERE c.code IN"
                        + " ('rings', 'necklaces', 'earrings', 'bracelets', 'brooches')", Long.class).getSingleResult(),
                "the taxonomy seeded by V1 is there (admins may have added more)");
    }

    @Test
    void aShopAndListingSurviveARoundTripWithMoneyTimesAndCollections() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        Instant created = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        tx.begin();
        Account owner = Fixtures.account(em, "roundtrip-" + marker + "@it.atelier");
        Shop shop = Fixtures.shop(em, owner, "Round Trip " + marker);
        String title = "Granulated gold ring – Złoto, Weißgold, émail 💍 " + marker;
        Listing listing = new Listing(shop, title, em.find(Category.class, "rings"),
                Money.euros(48_950), created);
        listing.setOneOfAKind(true);
        listing.setStock(5);
        listing.setWeightGrams(new BigDecimal("3.45"));
        listing.getMaterials().addAll(List.of("22k gold", "garnet"));
        listing.addPhoto("0123456789abcdef0123456789abcdef", "A gold ring", 960, 1200);
        em.persist(listing);
        tx.commit();
        em.clear();

        Listing read = em.find(Listing.class, listing.getId());
        assertEquals(Money.euros(48_950), read.getPrice());
        assertEquals(1, read.getStock(), "a one-of-a-kind piece keeps stock 1");
        assertEquals(created, read.getCreatedAt());
        assertEquals(List.of("22k gold", "garnet"), read.getMaterials());
        assertEquals(new BigDecimal("3.45"), read.getWeightGrams().setScale(2));
        assertEquals("A gold ring", read.getPrimaryPhoto().getAltText());
        assertEquals("round-trip-" + marker, read.getShop().getSlug());
        try (Connection c = Database.dataSource().getConnection();
                var select = c.prepareStatement("SELECT title FROM listing WHERE id = ?")) {
            select.setLong(1, listing.getId());
            try (ResultSet rs = select.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(title, rs.getString(1), "accents, dashes and emoji as stored in the database itself");
            }
        }
    }

    @Test
    void theDatabaseRefusesNegativeStockWhateverTheCode() throws Exception {
        tx.begin();
        Account owner = Fixtures.account(em, "stock-" + UUID.randomUUID() + "@it.atelier");
        Shop shop = Fixtures.shop(em, owner, "Stock " + UUID.randomUUID().toString().substring(0, 8));
        Listing listing = new Listing(shop, "Ring", em.find(Category.class, "rings"), Money.euros(100), Instant.now());
        listing.setStock(1);
        em.persist(listing);
        tx.commit();

        tx.begin();
        try {
            assertThrows(Exception.class, () -> em.createNativeQuery("UPDATE listing SET stock = stock - 2 WHERE id = ?")
                    .setParameter(1, listing.getId()).executeUpdate());
        } finally {
            tx.rollback();
        }
        em.clear();
        assertEquals(1, em.find(Listing.class, listing.getId()).getStock());
    }
}
