package market.atelier.order;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import market.atelier.account.Account;
import market.atelier.shared.AccessRefused;

/**
 * A shopper's saved addresses: add, change, remove, choose the default. Every call names the acting account and
 * reaches only that account's addresses, whatever id it carries: another account's address is refused exactly like
 * one that does not exist ({@link AccessRefused}), so nobody learns which ids exist. At most one address is the
 * default (the account row is locked while it changes). Addresses are validated like the checkout form's.
 */
@Stateless
@RolesAllowed("SHOPPER")
public class AddressBook {

    /** Enough for home, work, family and friends; a runaway form cannot fill the table. */
    public static final int MAX = 20;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Validator validator;

    public List<SavedAddress> addresses(long accountId) {
        return em.createQuery("SELECT a FROM SavedAddress a WHERE a.accountId = :account"
                        + " ORDER BY a.preferred DESC, a.createdAt, a.id", SavedAddress.class)
                .setParameter("account", accountId).getResultList();
    }

    /** The account's default address, if it has one. */
    public Optional<SavedAddress> preferred(long accountId) {
        return addresses(accountId).stream().filter(SavedAddress::isPreferred).findFirst();
    }

    /** The account's own address with this id, or refused. */
    public SavedAddress own(long accountId, long addressId) {
        SavedAddress address = em.find(SavedAddress.class, addressId);
        if (address == null || address.getAccountId() != accountId) {
            throw new AccessRefused("saved address " + addressId);
        }
        return address;
    }

    /** Saves a new address; the first one, or one asked to be, becomes the default. */
    public SavedAddress add(long accountId, Address address, boolean makeDefault) {
        Address clean = checked(address);
        lockAccount(accountId);
        List<SavedAddress> existing = addresses(accountId);
        if (existing.size() >= MAX) {
            throw new OrderException("addresses.error.tooMany", MAX);
        }
        boolean preferred = makeDefault || existing.stream().noneMatch(SavedAddress::isPreferred);
        if (preferred) {
            existing.forEach(other -> other.setPreferred(false));
        }
        SavedAddress saved = new SavedAddress(accountId, clean, preferred, Instant.now());
        em.persist(saved);
        return saved;
    }

    /** Changes an address of the account's own; orders placed to it keep the address they were sent to. */
    public SavedAddress change(long accountId, long addressId, Address address) {
        Address clean = checked(address);
        SavedAddress saved = own(accountId, addressId);
        saved.change(clean);
        return saved;
    }

    /** Removes an address of the account's own; when it was the default, the oldest other one becomes it. */
    public void remove(long accountId, long addressId) {
        SavedAddress saved = own(accountId, addressId);
        lockAccount(accountId);
        em.remove(saved);
        em.flush();
        if (saved.isPreferred()) {
            addresses(accountId).stream().findFirst().ifPresent(next -> next.setPreferred(true));
        }
    }

    /** Makes an address of the account's own the default (and no other). */
    public void makeDefault(long accountId, long addressId) {
        SavedAddress chosen = own(accountId, addressId);
        lockAccount(accountId);
        addresses(accountId).forEach(other -> other.setPreferred(other == chosen));
    }

    /** Trimmed (an empty second line is none, the country upper-case) and valid, or refused naming the field. */
    static Address normalised(Address a) {
        return new Address(strip(a.getName()), strip(a.getLine1()), blankToNull(strip(a.getLine2())),
                strip(a.getPostcode()), strip(a.getCity()),
                a.getCountry() == null ? null : a.getCountry().strip().toUpperCase(Locale.ROOT));
    }

    private Address checked(Address address) {
        if (address == null) {
            throw new OrderException("addresses.error.invalid", "name");
        }
        Address clean = normalised(address);
        validator.validate(clean).stream().map(v -> v.getPropertyPath().toString()).sorted().findFirst()
                .ifPresent(field -> {
                    throw new OrderException("addresses.error.invalid", field);
                });
        return clean;
    }

    private void lockAccount(long accountId) {
        em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
