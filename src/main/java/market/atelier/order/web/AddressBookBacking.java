package market.atelier.order.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import market.atelier.account.web.CurrentAccount;
import market.atelier.order.Address;
import market.atelier.order.AddressBook;
import market.atelier.order.OrderException;
import market.atelier.order.SavedAddress;
import market.atelier.shared.AccessRefused;
import market.atelier.shared.web.Messages;

/**
 * {@code /account/settings}, saved addresses: add, change, remove, make one the default. The service checks every
 * id against the signed-in account; an address removed meanwhile (another tab) is answered with a plain message.
 */
@Named("addressBook")
@ViewScoped
public class AddressBookBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AddressBook book;

    @Inject
    private CurrentAccount current;

    private List<SavedAddress> addresses;
    /** The address being changed, or null while the form adds a new one. */
    private Long editing;
    private boolean formOpen;
    private Address form = blank();
    private boolean makeDefault;

    public List<SavedAddress> getAddresses() {
        if (addresses == null) {
            addresses = book.addresses(account());
        }
        return addresses;
    }

    public void add() {
        editing = null;
        form = blank();
        makeDefault = false;
        formOpen = true;
    }

    public void edit(long addressId) {
        try {
            form = book.own(account(), addressId).toAddress();
            editing = addressId;
            makeDefault = false;
            formOpen = true;
        } catch (AccessRefused e) {
            gone();
        }
    }

    public void cancel() {
        formOpen = false;
        editing = null;
    }

    public void save() {
        try {
            if (editing == null) {
                book.add(account(), form, makeDefault);
            } else {
                book.change(account(), editing, form);
                if (makeDefault) {
                    book.makeDefault(account(), editing);
                }
            }
            Messages.info(null, editing == null ? "addresses.added" : "addresses.changed");
            formOpen = false;
            editing = null;
            addresses = null;
        } catch (AccessRefused e) {
            gone();
        } catch (OrderException e) { // too many, or a field the form let through (the service checks again)
            Object detail = e.getDetails().length == 0 ? "" : e.getDetails()[0];
            Messages.error(null, e.getMessageKey(), detail instanceof String field ? Messages.text("checkout." + field)
                    : detail);
        }
    }

    public void remove(long addressId) {
        try {
            book.remove(account(), addressId);
            Messages.info(null, "addresses.removed");
        } catch (AccessRefused e) {
            gone();
        }
        addresses = null;
    }

    public void makeDefault(long addressId) {
        try {
            book.makeDefault(account(), addressId);
            Messages.info(null, "addresses.defaultChanged");
        } catch (AccessRefused e) {
            gone();
        }
        addresses = null;
    }

    private void gone() {
        Messages.error(null, "addresses.error.gone");
        formOpen = false;
        editing = null;
        addresses = null;
    }

    private long account() {
        return current.id().orElseThrow();
    }

    private Address blank() {
        Address address = new Address();
        address.setCountry("DE");
        if (current != null) {
            address.setName(current.getDisplayName());
        }
        return address;
    }

    public boolean isFormOpen() {
        return formOpen;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public Address getForm() {
        return form;
    }

    public boolean isMakeDefault() {
        return makeDefault;
    }

    public void setMakeDefault(boolean makeDefault) {
        this.makeDefault = makeDefault;
    }
}
