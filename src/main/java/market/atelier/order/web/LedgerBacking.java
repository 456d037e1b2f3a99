package market.atelier.order.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import market.atelier.account.web.CurrentAccount;
import market.atelier.order.LedgerEntry;
import market.atelier.order.LedgerService;
import market.atelier.shared.AccessRefused;
import market.atelier.shared.Money;

/** {@code /seller/ledger}: the artisan's balance and every entry that made it, newest first, each with the balance after it. */
@Named("ledger")
@RequestScoped
public class LedgerBacking {

    /** An entry and the shop's balance once it was written. */
    public record Row(LedgerEntry entry, Money balanceAfter) {

        public LedgerEntry getEntry() {
            return entry;
        }

        public Money getBalanceAfter() {
            return balanceAfter;
        }
    }

    @Inject
    private LedgerService ledger;

    @Inject
    private CurrentAccount current;

    private boolean read;
    private Money balance;
    private List<Row> rows;

    private void read() {
        if (read) {
            return;
        }
        read = true;
        long accountId = current.id().orElseThrow();
        try {
            balance = ledger.ownBalance(accountId);
        } catch (AccessRefused e) {
            rows = List.of();
            return;
        }
        rows = new ArrayList<>();
        Money after = balance;
        for (LedgerEntry entry : ledger.entries(accountId)) {
            rows.add(new Row(entry, after));
            after = after.minus(entry.getAmount());
        }
    }

    /** False when the account has no shop yet. */
    public boolean isHasShop() {
        read();
        return balance != null;
    }

    public Money getBalance() {
        read();
        return balance;
    }

    public List<Row> getRows() {
        read();
        return rows;
    }
}
