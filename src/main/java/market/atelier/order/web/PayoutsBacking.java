package market.atelier.order.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import market.atelier.account.web.CurrentAccount;
import market.atelier.order.LedgerService;
import market.atelier.order.LedgerService.Due;
import market.atelier.order.OrderException;
import market.atelier.order.Payout;
import market.atelier.shared.AccessRefused;
import market.atelier.shared.Money;
import market.atelier.shared.web.Messages;
import org.omnifaces.util.Faces;

/**
 * {@code /admin/payouts}: shops that are owed money, each marked paid once the transfer is made, and the commission
 * rate new orders record. A "Mark paid" button carries the shop and the amount the admin saw, so a row that moved or
 * a balance that changed meanwhile is refused rather than paid.
 */
@Named("payouts")
@RequestScoped
public class PayoutsBacking {

    @Inject
    private LedgerService ledger;

    @Inject
    private CurrentAccount current;

    /** A percentage as people type it: "10", "12.5", "12,5". */
    private static final Pattern PERCENT = Pattern.compile("\\d{1,3}([.,]\\d{1,2})?");

    private List<Due> due;
    private String percent;

    @PostConstruct
    void load() {
        percent = BigDecimal.valueOf(ledger.commission(), 2).stripTrailingZeros().toPlainString();
    }

    public List<Due> getDue() {
        if (due == null) {
            due = ledger.due();
        }
        return due;
    }

    /** The question before paying: which shop, how much. */
    public String confirmText(Due row) {
        return Messages.text("payouts.confirm.text", row.shopName(), row.balance().format(Faces.getLocale()));
    }

    public void pay() {
        try {
            long shopId = Long.parseLong(Faces.getRequestParameter("shop"));
            Money expected = Money.euros(Long.parseLong(Faces.getRequestParameter("amount")));
            String name = getDue().stream().filter(row -> row.shopId() == shopId).map(Due::shopName)
                    .findFirst().orElse("");
            Payout payout = ledger.markPaid(current.id().orElseThrow(), shopId, expected);
            Messages.info(null, "payouts.paid", name, payout.getAmount().format(Faces.getLocale()));
        } catch (NumberFormatException | AccessRefused e) {
            Messages.error(null, "payouts.error.gone");
        } catch (OrderException e) {
            Messages.error(null, e.getMessageKey());
        }
        due = null;
    }

    public void saveCommission() {
        String typed = percent == null ? "" : percent.replace("%", "").strip();
        if (!PERCENT.matcher(typed).matches()) {
            Messages.error("commission:percent", "payouts.commission.invalid");
            return;
        }
        BigDecimal value = new BigDecimal(typed.replace(',', '.'));
        try {
            ledger.setCommission(current.id().orElse(null), value.movePointRight(2).intValueExact());
            Messages.info(null, "payouts.commission.saved", value.stripTrailingZeros().toPlainString());
        } catch (OrderException e) {
            Messages.error("commission:percent", e.getMessageKey());
        }
    }

    public String getPercent() {
        return percent;
    }

    public void setPercent(String percent) {
        this.percent = percent;
    }
}
