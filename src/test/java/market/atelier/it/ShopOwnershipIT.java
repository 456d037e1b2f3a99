package market.atelier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import market.atelier.account.Account;
import market.atelier.account.AccountService;
import market.atelier.account.Role;
import market.atelier.shared.AccessRefused;
import market.atelier.shop.Shop;
import market.atelier.shop.ShopException;
import market.atelier.shop.ShopProfile;
import market.atelier.shop.ShopService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Opening and editing shops: an artisan changes only their own shop, whatever shop id they send. */
@ExtendWith(ArquillianExtension.class)
class ShopOwnershipIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.atelier(ShopOwnershipIT.class, AsShopper.class, AsShopper.ThrowingRunnable.class);
    }

    @Inject
    private ShopService shops;

    @Inject
    private AccountService accounts;

    @Inject
    private AsShopper asShopper;

    @PersistenceContext
    private EntityManager em;

    private Account alice;
    private Account bob;
    private Shop aliceShop;
    private Shop bobShop;

    static ShopProfile profile(String name) {
        ShopProfile profile = new ShopProfile();
        profile.setName(name);
        profile.setCity("Ghent");
        profile.setCountryCode("BE");
        profile.setMakers("Solo maker");
        profile.setTechniques(List.of("enamelling"));
        return profile;
    }

    @BeforeEach
    void twoArtisansWithAShopEach() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        alice = accounts.signUp("alice-" + marker + "@it.atelier", "Alice", "alice's long password");
        bob = accounts.signUp("bob-" + marker + "@it.atelier", "Bob", "bob's long password");
        aliceShop = asShopper.call(() -> shops.open(alice.getId(), profile("Alice Enamel " + marker)));
        bobShop = asShopper.call(() -> shops.open(bob.getId(), profile("Bob Silver " + marker)));
    }

    @Test
    void openingAShopMakesTheAccountAnArtisanWithAStableSlug() throws Exception {
        assertTrue(accounts.byId(alice.getId()).orElseThrow().hasRole(Role.ARTISAN));
        String slug = aliceShop.getSlug();
        assertTrue(slug.startsWith("alice-enamel-"), slug);
        asShopper.call(() -> shops.update(alice.getId(), aliceShop.getId(), profile("Alice Renamed " + slug)));
        assertEquals(slug, em.find(Shop.class, aliceShop.getId()).getSlug(), "the address does not change on rename");
    }

    @Test
    void anArtisanCannotEditAnotherArtisansShopWhateverIdTheySend() throws Exception {
        String before = em.find(Shop.class, aliceShop.getId()).getName();
        assertThrows(AccessRefused.class,
                () -> asShopper.call(() -> shops.update(bob.getId(), aliceShop.getId(), profile("Hijacked " + UUID.randomUUID()))));
        assertThrows(AccessRefused.class,
                () -> asShopper.run(() -> shops.setPortrait(bob.getId(), aliceShop.getId(), "0123456789abcdef0123456789abcdef")));
        assertThrows(AccessRefused.class,
                () -> asShopper.run(() -> shops.setBanner(bob.getId(), aliceShop.getId(), "0123456789abcdef0123456789abcdef")));
        assertThrows(AccessRefused.class,
                () -> asShopper.call(() -> shops.update(bob.getId(), 987_654_321L, profile("Nowhere"))));
        em.clear();
        Shop after = em.find(Shop.class, aliceShop.getId());
        assertEquals(before, after.getName(), "nothing changed");
        assertNull(after.getPortraitKey());
        assertNull(after.getBannerKey());
    }

    @Test
    void aShopperWithoutAShopAndAnAnonymousCallerAreRefusedToo() throws Exception {
        Account carol = accounts.signUp("carol-" + UUID.randomUUID() + "@it.atelier", "Carol", "carol's long password");
        assertThrows(AccessRefused.class,
                () -> asShopper.call(() -> shops.update(carol.getId(), bobShop.getId(), profile("Carol's now"))));
        assertThrows(EJBAccessException.class, () -> shops.update(bob.getId(), bobShop.getId(), profile("Anonymous")));
        assertThrows(EJBAccessException.class, () -> shops.open(carol.getId(), profile("Anonymous shop")));
    }

    @Test
    void aTakenNameAndASecondShopAreRefusedWithAReason() {
        ShopException taken = assertThrows(ShopException.class, () -> asShopper.call(
                () -> shops.update(alice.getId(), aliceShop.getId(), profile(bobShop.getName().toUpperCase()))));
        assertEquals("shop.name.taken", taken.getMessageKey());
        ShopException second = assertThrows(ShopException.class,
                () -> asShopper.call(() -> shops.open(alice.getId(), profile("Alice Two " + UUID.randomUUID()))));
        assertEquals("shop.open.already", second.getMessageKey());
    }
}
