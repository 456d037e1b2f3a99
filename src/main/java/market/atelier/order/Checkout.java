package market.atelier.order;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.Optional;

/**
 * The checkout button: places the order in its own transaction and, when that fails because the same idempotency
 * key already made an order (a double click, a reload, a retry racing the first request), answers with that order.
 * Ten submissions of one key make one order and one payment, and all ten see the same confirmation.
 */
@Stateless
@RolesAllowed("SHOPPER")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Checkout {

    @EJB
    private CheckoutService service;

    @EJB
    private AddressBook addresses;

    /**
     * As {@link #submit(long, String, Address, Card, Reviewed)}, shipped to one of the shopper's saved addresses (a
     * copy: the order keeps it whatever becomes of the saved one). Another account's address is refused.
     */
    public CustomerOrder submit(long accountId, String idempotencyKey, long savedAddressId, Card card,
            Reviewed reviewed) {
        Address address = addresses.own(accountId, savedAddressId).toAddress();
        return submit(accountId, idempotencyKey, address, card, reviewed);
    }

    public CustomerOrder submit(long accountId, String idempotencyKey, Address address, Card card, Reviewed reviewed) {
        try {
            return service.place(accountId, idempotencyKey, address, card, reviewed);
        } catch (RuntimeException e) {
            Optional<CustomerOrder> done = service.byKey(accountId, idempotencyKey);
            if (done.isPresent()) {
                return done.get();
            }
            throw e;
        }
    }
}
