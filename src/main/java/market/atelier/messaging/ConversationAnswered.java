package market.atelier.messaging;

/**
 * CDI event: a shop answered a conversation a shopper started for the first time ({@code conversation.first_reply_at}
 * was just set). Fired inside the sending transaction; observe it {@code during = AFTER_SUCCESS}.
 */
public record ConversationAnswered(long shopId) {

    public long getShopId() {
        return shopId;
    }
}
