package market.atelier.shared;

import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount of money in minor units (cents) of one ISO 4217 currency. Never a {@code double}.
 * Arithmetic refuses to mix currencies.
 */
public record Money(long minorUnits, Currency currency) implements Comparable<Money>, Serializable {

    public static final Currency EUR = Currency.getInstance("EUR");

    private static final Pattern TYPED_EUROS = Pattern.compile("\\d{1,7}([.,]\\d{1,2})?");

    public Money {
        Objects.requireNonNull(currency, "currency");
    }

    public static Money of(long minorUnits, String currencyCode) {
        return new Money(minorUnits, Currency.getInstance(currencyCode));
    }

    public static Money euros(long minorUnits) {
        return new Money(minorUnits, EUR);
    }

    /** Parses a decimal amount such as {@code 12.5}; more fraction digits than the currency has is an error. */
    public static Money parse(BigDecimal amount, Currency currency) {
        try {
            return new Money(amount.movePointRight(currency.getDefaultFractionDigits()).longValueExact(), currency);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("Too many decimal places for " + currency + ": " + amount, e);
        }
    }

    /**
     * An amount of euros as people type it ("12", "12,50", "€12.50"; at most 9,999,999.99), or null when the text
     * is not one.
     */
    public static Money parseEuros(String text) {
        String plain = text == null ? "" : text.replace("€", "").replace("EUR", "").strip();
        return TYPED_EUROS.matcher(plain).matches() ? parse(new BigDecimal(plain.replace(',', '.')), EUR) : null;
    }

    public static Money zero(Currency currency) {
        return new Money(0, currency);
    }

    public BigDecimal amount() {
        return BigDecimal.valueOf(minorUnits, currency.getDefaultFractionDigits());
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(minorUnits, sameCurrency(other).minorUnits), currency);
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(minorUnits, sameCurrency(other).minorUnits), currency);
    }

    public Money times(long quantity) {
        return new Money(Math.multiplyExact(minorUnits, quantity), currency);
    }

    /** This amount times {@code basisPoints}/10,000, rounded half-up to the minor unit (10 % = 1,000 bp). */
    public Money percent(int basisPoints) {
        long product = Math.multiplyExact(minorUnits, basisPoints);
        return new Money(Math.floorDiv(product + 5_000, 10_000), currency);
    }

    public boolean isNegative() {
        return minorUnits < 0;
    }

    public String format(Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        format.setMinimumFractionDigits(currency.getDefaultFractionDigits());
        format.setMaximumFractionDigits(currency.getDefaultFractionDigits());
        return format.format(amount());
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(minorUnits, sameCurrency(other).minorUnits);
    }

    private Money sameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot combine " + currency + " with " + other.currency);
        }
        return other;
    }

    @Override
    public String toString() {
        return amount().toPlainString() + " " + currency.getCurrencyCode();
    }
}
