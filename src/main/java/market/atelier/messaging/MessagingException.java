package market.atelier.messaging;

import market.atelier.shared.Refusal;

/** A message that cannot be sent (empty, too long, too many too fast, a shop's owner writing to their own shop). */
public class MessagingException extends Refusal {

    private static final long serialVersionUID = 1L;

    public MessagingException(String messageKey) {
        super(messageKey);
    }
}
