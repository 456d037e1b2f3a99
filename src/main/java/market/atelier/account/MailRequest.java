package market.atelier.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One request for an account mail (existing address or not), from one client, for {@link MailThrottle}. */
@Entity
@Table(name = "mail_request")
public class MailRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_request_seq")
    @SequenceGenerator(name = "mail_request_seq", sequenceName = "mail_request_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TokenKind kind;

    @Column(nullable = false, length = Account.EMAIL_MAX)
    private String email;

    @Column(nullable = false, length = LoginFailure.CLIENT_MAX)
    private String client;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    protected MailRequest() {
    }

    MailRequest(TokenKind kind, String email, String client, Instant requestedAt) {
        this.kind = kind;
        this.email = email;
        this.client = client.length() > LoginFailure.CLIENT_MAX ? client.substring(0, LoginFailure.CLIENT_MAX) : client;
        this.requestedAt = requestedAt;
    }
}
