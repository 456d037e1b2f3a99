package market.atelier.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One failed sign-in (or one sign-up, which can also test a password) for an e-mail address, existing or not,
 * from one client address ({@link market.atelier.shared.web.ClientAddress}), for throttling.
 */
@Entity
@Table(name = "login_failure")
public class LoginFailure {

    static final int CLIENT_MAX = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "login_failure_seq")
    @SequenceGenerator(name = "login_failure_seq", sequenceName = "login_failure_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = Account.EMAIL_MAX)
    private String email;

    @Column(nullable = false, length = CLIENT_MAX)
    private String client;

    @Column(name = "failed_at", nullable = false)
    private Instant failedAt;

    protected LoginFailure() {
    }

    public LoginFailure(String email, String client, Instant failedAt) {
        this.email = email;
        this.client = client.length() > CLIENT_MAX ? client.substring(0, CLIENT_MAX) : client;
        this.failedAt = failedAt;
    }
}
