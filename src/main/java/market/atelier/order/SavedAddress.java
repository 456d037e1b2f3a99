package market.atelier.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import java.io.Serializable;
import java.time.Instant;

/**
 * A shipping address a shopper keeps for next time. An order takes a copy of it ({@link #toAddress()}), so changing
 * or removing it never changes an order already placed.
 */
@Entity
@Table(name = "saved_address")
public class SavedAddress implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "saved_address_seq")
    @SequenceGenerator(name = "saved_address_seq", sequenceName = "saved_address_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Valid
    @Embedded
    private Address address;

    @Column(name = "is_default", nullable = false)
    private boolean preferred;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SavedAddress() {
    }

    SavedAddress(long accountId, Address address, boolean preferred, Instant createdAt) {
        this.accountId = accountId;
        this.address = copy(address);
        this.preferred = preferred;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    /** A copy: what an order or a form gets, never this row's own object. */
    public Address toAddress() {
        return copy(address);
    }

    public Address getAddress() {
        return address;
    }

    void change(Address changed) {
        address = copy(changed);
    }

    /** The default address, preselected at checkout. */
    public boolean isPreferred() {
        return preferred;
    }

    void setPreferred(boolean preferred) {
        this.preferred = preferred;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    static Address copy(Address a) {
        return new Address(a.getName(), a.getLine1(), a.getLine2(), a.getPostcode(), a.getCity(), a.getCountry());
    }
}
