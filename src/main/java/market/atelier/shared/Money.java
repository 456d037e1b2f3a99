package market.atelier.shared;

import java.io.Serializable;
import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
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

    /** Whole euros a typed amount may have at most (9 digits); anything longer is {@link Problem#TOO_LARGE}. */
    private static final int MAX_TYPED_DIGITS = 9;
    private static final Pattern GROUPED_DOTS = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
    private static final Pattern GROUPED_COMMAS = Pattern.compile("\\d{1,3}(,\\d{3})+");

    /** Why typed text is not an amount: the page names the problem instead of a generic "invalid". */
    public enum Problem { NOT_AN_AMOUNT, TOO_MANY_DECIMALS, TOO_LARGE }

    /** Typed text that is not an amount of euros, with the reason. */
    public static final class Unreadable extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final Problem problem;

        Unreadable(Problem problem, String text) {
            super(problem + ": " + text);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

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
     * An amount of euros as people type it in this language: German writes "1.234,50", English "1,234.50"; a euro
     * sign, "EUR" and spaces are ignored. Either way is read where it is unambiguous ("12,50" and "12.50" are both
     * twelve euros fifty in any language); only "1.234" and "1,234" depend on the language (a thousand in German
     * and in English respectively, and too many decimals in the other). A leading minus gives a negative amount,
     * for the field's own "at least" to refuse.
     *
     * @throws Unreadable naming the problem: not an amount, more than two decimals, or more than 9 whole digits
     */
    public static Money parseEuros(String text, Locale locale) {
        String plain = text == null ? "" : text.replace("€", "").replaceAll("(?i)eur", "")
                .replaceAll("[\\s\u00a0\u202f]", "").replace('\u2212', '-');
        if (plain.startsWith("-") && !plain.startsWith("--") && plain.length() > 1) {
            return parseEuros(plain.substring(1), locale).times(-1);
        }
        if (!plain.matches("\\d[\\d.,]*")) {
            throw new Unreadable(Problem.NOT_AN_AMOUNT, text);
        }
        char decimal = decimalMark(plain, DecimalFormatSymbols.getInstance(locale).getDecimalSeparator());
        int at = decimal == 0 ? -1 : plain.lastIndexOf(decimal);
        String whole = at < 0 ? plain : plain.substring(0, at);
        String fraction = at < 0 ? "" : plain.substring(at + 1);
        if (at >= 0 && (fraction.isEmpty() || !fraction.chars().allMatch(Character::isDigit))) {
            throw new Unreadable(Problem.NOT_AN_AMOUNT, text);
        }
        if (!whole.chars().allMatch(Character::isDigit)) {
            if (!GROUPED_DOTS.matcher(whole).matches() && !GROUPED_COMMAS.matcher(whole).matches()) {
                throw new Unreadable(Problem.NOT_AN_AMOUNT, text);
            }
            whole = whole.replaceAll("[.,]", "");
        }
        if (whole.replaceFirst("^0+", "").length() > MAX_TYPED_DIGITS) {
            throw new Unreadable(Problem.TOO_LARGE, text);
        }
        try {
            return parse(new BigDecimal(fraction.isEmpty() ? whole : whole + "." + fraction), EUR);
        } catch (IllegalArgumentException e) {
            throw new Unreadable(Problem.TOO_MANY_DECIMALS, text);
        }
    }

    /**
     * Which of '.' and ',' separates the cents in {@code plain} (0 when neither does): the last one when both occur,
     * none when the only one occurs twice or more (thousands), else that one, unless exactly three digits follow it:
     * then the language decides ("1.234" is a thousand in German).
     */
    private static char decimalMark(String plain, char languageDecimal) {
        int dot = plain.lastIndexOf('.');
        int comma = plain.lastIndexOf(',');
        if (dot >= 0 && comma >= 0) {
            return dot > comma ? '.' : ',';
        }
        int at = Math.max(dot, comma);
        if (at < 0) {
            return 0;
        }
        char mark = plain.charAt(at);
        if (plain.indexOf(mark) != at) {
            return 0;
        }
        return plain.length() - at - 1 == 3 && mark != languageDecimal ? 0 : mark;
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
        // Building a currency format is dear (every price on a page asks); a copy of a kept one is cheap.
        NumberFormat format = (NumberFormat) FORMATS.computeIfAbsent(locale.toLanguageTag() + '|' + currency, key -> {
            NumberFormat made = NumberFormat.getCurrencyInstance(locale);
            made.setCurrency(currency);
            made.setMinimumFractionDigits(currency.getDefaultFractionDigits());
            made.setMaximumFractionDigits(currency.getDefaultFractionDigits());
            return made;
        }).clone();
        return format.format(amount());
    }

    /** Currency formats by language and currency: a handful (NumberFormat is not thread-safe: used through clone()). */
    private static final java.util.Map<String, NumberFormat> FORMATS = new java.util.concurrent.ConcurrentHashMap<>();

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
