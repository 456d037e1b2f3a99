package market.atelier.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import market.atelier.account.Account;
import market.atelier.order.CustomerOrder;
import market.atelier.order.OrderLine;
import market.atelier.order.OrderPlaced;
import market.atelier.order.ShopOrder;
import market.atelier.order.ShopOrderShipped;
import market.atelier.shared.AtelierConfig;

/**
 * The order mails, queued in the order's own transaction (no order, no mail): the receipt to the shopper, the new
 * order to each shop's owner, the shipping notice with the tracking link. Each in its recipient's language. A mail
 * that cannot be written is logged and left out: it never costs the sale.
 */
@ApplicationScoped
public class OrderMails {

    private static final Logger LOG = Logger.getLogger(OrderMails.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MailOutbox outbox;

    public void placed(@Observes(during = TransactionPhase.IN_PROGRESS) OrderPlaced placed) {
        try {
            CustomerOrder order = em.find(CustomerOrder.class, placed.orderId());
            receipt(order);
            order.getShopOrders().forEach(shopOrder -> newOrder(order, shopOrder));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Mails of order " + placed.orderId() + " not written", e);
        }
    }

    public void shipped(@Observes(during = TransactionPhase.IN_PROGRESS) ShopOrderShipped shipped) {
        try {
            ShopOrder shopOrder = em.find(ShopOrder.class, shipped.shopOrderId());
            Account shopper = em.find(Account.class, shopOrder.getOrder().getAccountId());
            MailBody body = MailBody.in(shopper.getLocale())
                    .greeting(shopper.getDisplayName())
                    .paragraph("mail.order.shipped.body", shopOrder.getShop().getName(), shopOrder.getNumber(),
                            shopOrder.getCarrier(), shopOrder.getTrackingNumber());
            TrackingLink.of(shopOrder.getCarrier(), shopOrder.getTrackingNumber()).ifPresentOrElse(
                    link -> body.button("mail.order.shipped.track", link),
                    () -> body.paragraph("mail.order.shipped.noLink", shopOrder.getCarrier()));
            body.heading(shopOrder.getShop().getName()).rows(lines(shopOrder, body, false))
                    .link("mail.order.receipt.view", AtelierConfig.publicUrl() + "/account/orders");
            outbox.queue(body.to(shopper.getEmail(), MailKind.ORDER_SHIPPED, "mail.order.shipped.subject",
                    shopOrder.getShop().getName(), shopOrder.getNumber()));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Shipping mail of shop order " + shipped.shopOrderId() + " not written", e);
        }
    }

    private void receipt(CustomerOrder order) {
        Account shopper = em.find(Account.class, order.getAccountId());
        Locale locale = shopper.getLocale();
        String number = order.getId().toString();
        MailBody body = MailBody.in(locale)
                .greeting(shopper.getDisplayName())
                .paragraph("mail.order.receipt.body", number);
        for (ShopOrder shopOrder : order.getShopOrders()) {
            body.heading(shopOrder.getShop().getName()).rows(lines(shopOrder, body, true));
        }
        body.rows(List.<String[]>of(new String[] {"=" + body.message("mail.order.total"),
                        order.getTotal().format(locale)}))
                .block("mail.order.address", order.getAddress().lines(locale))
                .paragraph("mail.order.receipt.next")
                .button("mail.order.receipt.view", AtelierConfig.publicUrl() + "/account/orders");
        outbox.queue(body.to(shopper.getEmail(), MailKind.ORDER_RECEIPT, "mail.order.receipt.subject", number));
    }

    private void newOrder(CustomerOrder order, ShopOrder shopOrder) {
        Account owner = shopOrder.getShop().getOwner();
        Locale locale = owner.getLocale();
        MailBody body = MailBody.in(locale)
                .greeting(owner.getDisplayName())
                .paragraph("mail.order.new.body", shopOrder.getNumber(), shopOrder.getShop().getName());
        body.rows(lines(shopOrder, body, true))
                .block("mail.order.address", order.getAddress().lines(locale))
                .paragraph("mail.order.new.next")
                .button("mail.order.new.view", AtelierConfig.publicUrl() + "/seller/orders");
        outbox.queue(body.to(owner.getEmail(), MailKind.NEW_ORDER, "mail.order.new.subject", shopOrder.getNumber()));
    }

    /** A shop order's lines ("2 × title"), then its shipping and total when {@code totals}, in the body's language. */
    private static List<String[]> lines(ShopOrder shopOrder, MailBody body, boolean totals) {
        Locale locale = body.locale();
        List<String[]> rows = new ArrayList<>();
        for (OrderLine line : shopOrder.getLines()) {
            rows.add(new String[] {line.getQuantity() + " × " + line.getTitle(),
                    line.getUnitPrice().times(line.getQuantity()).format(locale)});
        }
        if (totals) {
            rows.add(new String[] {body.message("mail.order.shipping"), shopOrder.getShipping().format(locale)});
            rows.add(new String[] {"=" + body.message("mail.order.shopTotal"), shopOrder.getTotal().format(locale)});
        }
        return rows;
    }
}
