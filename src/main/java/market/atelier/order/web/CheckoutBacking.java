package market.atelier.order.web;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import market.atelier.account.web.CurrentAccount;
import market.atelier.order.Address;
import market.atelier.order.AddressBook;
import market.atelier.order.Card;
import market.atelier.order.CartService;
import market.atelier.order.CartView;
import market.atelier.order.Checkout;
import market.atelier.order.CustomerOrder;
import market.atelier.order.OrderException;
import market.atelier.order.Reviewed;
import market.atelier.order.SavedAddress;
import market.atelier.shared.AccessRefused;
import market.atelier.shared.Refusal;
import market.atelier.shared.Money;
import market.atelier.shared.web.Messages;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * {@code /account/checkout}: address, a review per shop, the card, one button. The page holds one idempotency key
 * from the moment it is shown: a double click or a resubmitted form places one order and shows it; a refusal (a
 * piece gone, a card declined, a price or shipping changed since the page was shown) gets a new key and a fresh
 * review for the next try. Pay sends the prices and total the page showed: checkout charges exactly that or refuses
 * with the new total. The card is never kept after the request. A shopper with saved addresses picks one (the
 * default preselected; the service checks it is theirs) or enters a new one, which may be saved for next time.
 */
@Named("checkoutPage")
@ViewScoped
public class CheckoutBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CartService carts;

    @EJB
    private Checkout checkout;

    @EJB
    private AddressBook addressBook;

    @Inject
    private CurrentAccount current;

    @Inject
    @Param(name = "to")
    private String to;

    @Valid
    private Address address = new Address();

    /** The shopper's saved addresses as the page lists them; {@link #choice} is one's id or {@link #NEW}. */
    private List<SavedAddress> saved = List.of();
    private String choice = NEW;
    private boolean saveAddress;
    private static final String NEW = "new";

    @NotBlank
    @Pattern(regexp = "[0-9 -]{12,23}")
    private String cardNumber;

    @NotBlank
    @Pattern(regexp = "(0[1-9]|1[0-2]) ?/ ?[0-9]{2}")
    private String expiry;

    @NotBlank
    @Pattern(regexp = "[0-9]{3,4}")
    private String cvc;

    private String key = newKey();
    private Reviewed reviewed;
    /** What the page shows (shops are entities): read again when missing, on another server after a failover. */
    private transient CartView view;

    /** View action (first visit only): the cart as it is now; an empty cart goes back to the cart page. */
    public void load() throws IOException {
        if (reviewed != null) {
            return;
        }
        saved = addressBook.addresses(current.id().orElseThrow());
        saved.stream().filter(SavedAddress::isPreferred).findFirst()
                .ifPresentOrElse(preferred -> choose(preferred), this::blankAddress);
        review();
        if (!view.isBuyable()) {
            ExternalContext external = Faces.getExternalContext();
            external.redirect(external.getRequestContextPath() + "/cart");
        }
    }

    /** Another saved address or a new one: shipping follows its country. */
    public void choiceChanged() {
        saved.stream().filter(s -> s.getId().toString().equals(choice)).findFirst()
                .ifPresentOrElse(this::choose, this::blankAddress);
        review();
    }

    private void choose(SavedAddress chosen) {
        choice = chosen.getId().toString();
        address = chosen.toAddress();
    }

    private void blankAddress() {
        choice = NEW;
        address = new Address();
        address.setName(current.getDisplayName());
        address.setCountry(to != null && to.matches("[A-Z]{2}") ? to : "DE");
    }

    public boolean isNewAddress() {
        return NEW.equals(choice);
    }

    /** Shipping follows the country of the address. */
    public void countryChanged() {
        review();
    }

    public void place() {
        if (!expiryInFuture()) {
            Messages.error("checkout:expiry", "checkout.error.expiry");
            return;
        }
        long account = current.id().orElseThrow();
        Card card = new Card(cardNumber, expiry, cvc);
        cardNumber = null;
        cvc = null;
        try {
            CustomerOrder order = isNewAddress() ? checkout.submit(account, key, address, card, reviewed)
                    : checkout.submit(account, key, Long.parseLong(choice), card, reviewed);
            if (isNewAddress() && saveAddress) {
                keep(account);
            }
            ExternalContext external = Faces.getExternalContext();
            external.redirect(external.getRequestContextPath() + "/account/orders?placed=" + order.getId());
        } catch (OrderException e) {
            Messages.error(null, e.getMessageKey(), Arrays.stream(e.getDetails())
                    .map(detail -> detail instanceof Money money ? money.format(locale()) : detail).toArray());
            key = newKey();
            review();
        } catch (AccessRefused e) { // the saved address was removed meanwhile (in another tab)
            Messages.error(null, "checkout.address.gone");
            saved = addressBook.addresses(account);
            blankAddress();
            key = newKey();
            review();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves the new address the order went to; the order stands whatever becomes of this. */
    private void keep(long account) {
        try {
            addressBook.add(account, address, false);
            Messages.flashInfo("checkout.address.saved");
        } catch (Refusal e) {
            Messages.flashInfo(e.getMessageKey(), AddressBook.MAX);
        }
    }

    /** The cart as it is now: what the page shows is what Pay sends as reviewed. */
    private void review() {
        view = carts.view(current.id().orElseThrow(), null, address.getCountry());
        reviewed = view.reviewed();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private boolean expiryInFuture() {
        String[] parts = expiry.replace(" ", "").split("/");
        YearMonth until = YearMonth.of(2000 + Integer.parseInt(parts[1]), Integer.parseInt(parts[0]));
        return !until.isBefore(YearMonth.now());
    }

    private static String newKey() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /**
     * The cart as the page shows it. After a move to another server only the display is read again; what Pay sends
     * stays what the page showed ({@link #reviewed}), so a price changed meanwhile is still refused with the new total.
     */
    public CartView getView() {
        if (view == null && reviewed != null) {
            view = carts.view(current.id().orElseThrow(), null, address.getCountry());
        }
        return view;
    }

    public Address getAddress() {
        return address;
    }

    public List<SavedAddress> getSaved() {
        return saved;
    }

    public String getChoice() {
        return choice;
    }

    public void setChoice(String choice) {
        this.choice = choice;
    }

    public boolean isSaveAddress() {
        return saveAddress;
    }

    public void setSaveAddress(boolean saveAddress) {
        this.saveAddress = saveAddress;
    }

    public String getCardNumber() {
        return cardNumber;
    }

    public void setCardNumber(String cardNumber) {
        this.cardNumber = cardNumber;
    }

    public String getExpiry() {
        return expiry;
    }

    public void setExpiry(String expiry) {
        this.expiry = expiry;
    }

    public String getCvc() {
        return cvc;
    }

    public void setCvc(String cvc) {
        this.cvc = cvc;
    }
}
