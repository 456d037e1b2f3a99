package market.atelier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Opening and editing shops: an artisan changes only their own shop, whatever shop id they send. */
@ExtendWith(ArquillianExtension.class)
class ShopOwnershipIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.atelier(ShopOwnershipIT.class, AsShopper.class, AsShopper.ThrowingRunnable.class,
                FormClient.class, Http.class);
    }

    @ArquillianResource
    private URL base;

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
    void accentsDashesAndEmojiTypedIntoTheSignUpAndShopFormsAreStoredAndShownExactlyAsTyped() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String email = "zoe-" + marker + "@it.atelier";
        String name = "Zoë Müller – Złoto ß 💍";
        FormClient browser = new FormClient(base);
        browser.submit("/signup", "signup", "signup:submit", Map.of("signup:name", name, "signup:email", email,
                "signup:password", "zoe's long password", "continue", ""));
        assertEquals(name, accounts.byEmail(email).orElseThrow().getDisplayName(), "a plain (non-AJAX) form post");
        assertTrue(browser.get("/seller/shop").body().contains(name), "the header greets Zoë by her name");
        // Opening a shop needs a verified address: Zoë opens the link mailed to her at sign-up.
        Matcher link = Pattern.compile("/email/verify\\?token=[A-Za-z0-9_-]{43}").matcher(em.createQuery(
                "SELECT m.text FROM OutboxMail m WHERE m.to = :to", String.class).setParameter("to", email).getSingleResult());
        assertTrue(link.find(), "a verification link was mailed");
        assertFalse(browser.get(link.group()).body().contains("link-done"), "opening the link alone verifies nothing");
        assertTrue(browser.submit(link.group(), "ask", "ask:confirm", Map.of()).body().contains("link-done"),
                "its button verifies the address");

        String shopName = "Zoë Müller – Złoto & Kraków " + marker;
        String returns = "Rückgabe binnen 14 Tagen – gern geschehen 😊 (Straße, Łódź, café)";
        browser.submitMultipartAjax("/seller/shop", "shop", "shop:save", Map.ofEntries(Map.entry("shop:name", shopName),
                Map.entry("shop:city", "Kraków"), Map.entry("shop:country", "PL"),
                Map.entry("shop:makers", "Zoë – sama 🙂"), Map.entry("shop:techniques_hinput", "Granulation"),
                Map.entry("shop:processing_hinput", "3"), Map.entry("shop:shipDomestic_hinput", "4.90"),
                Map.entry("shop:shipEu_hinput", "9.90"), Map.entry("shop:shipWorld_hinput", "19.90"),
                Map.entry("shop:returns", returns)));
        long zoe = accounts.byEmail(email).orElseThrow().getId();
        Shop shop = asShopper.call(() -> shops.ownedBy(zoe)).orElseThrow(() -> new AssertionError("no shop opened"));
        assertEquals(shopName, shop.getName(), "a multipart form post");
        assertEquals("Kraków", shop.getCity());
        assertEquals(returns, shop.getReturnsPolicy());
        assertEquals("zoe-muller-zloto-krakow-" + marker, shop.getSlug());
        String page = browser.get("/seller/shop").body();
        assertTrue(page.contains(returns) && page.contains("value=\"Kraków\""), "shown again as typed");
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
