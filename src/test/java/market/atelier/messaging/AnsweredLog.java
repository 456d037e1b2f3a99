package market.atelier.messaging;

import static jakarta.enterprise.event.TransactionPhase.AFTER_SUCCESS;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Test deployments only: every ConversationAnswered seen after its transaction committed, as shop figures see it. */
@ApplicationScoped
public class AnsweredLog {

    private final List<Long> shops = new CopyOnWriteArrayList<>();

    void answered(@Observes(during = AFTER_SUCCESS) ConversationAnswered event) {
        shops.add(event.shopId());
    }

    public long count(long shopId) {
        return shops.stream().filter(id -> id == shopId).count();
    }
}
