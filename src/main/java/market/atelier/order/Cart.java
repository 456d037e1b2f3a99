package market.atelier.order;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A shopper's cart: an account's, or an anonymous browser's (by a random token kept in a cookie). */
@Entity
@Table(name = "cart")
public class Cart {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cart_seq")
    @SequenceGenerator(name = "cart_seq", sequenceName = "cart_seq", allocationSize = 50)
    private Long id;

    @Column(name = "account_id")
    private Long accountId;

    @Column(length = 64)
    private String token;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "cart", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("addedAt")
    private List<CartLine> lines = new ArrayList<>();

    protected Cart() {
    }

    static Cart ofAccount(long accountId, Instant now) {
        Cart cart = new Cart();
        cart.accountId = accountId;
        cart.updatedAt = now;
        return cart;
    }

    static Cart anonymous(String token, Instant now) {
        Cart cart = new Cart();
        cart.token = token;
        cart.updatedAt = now;
        return cart;
    }

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
    }

    public List<CartLine> getLines() {
        return lines;
    }

    void touch(Instant now) {
        updatedAt = now;
    }
}
