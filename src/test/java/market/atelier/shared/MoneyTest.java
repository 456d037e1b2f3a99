package market.atelier.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private static final Currency USD = Currency.getInstance("USD");

    @Test
    void addsAndMultipliesInMinorUnitsWithoutRoundingErrors() {
        Money price = Money.euros(1_999);
        assertEquals(Money.euros(5_997), price.times(3));
        assertEquals(Money.euros(2_499), price.plus(Money.euros(500)));
        assertEquals(Money.euros(1_499), price.minus(Money.euros(500)));
        // 0.1 + 0.2 is exactly 0.30 here, unlike with double.
        assertEquals(Money.euros(30), Money.euros(10).plus(Money.euros(20)));
    }

    @Test
    void refusesToMixCurrencies() {
        assertThrows(IllegalArgumentException.class, () -> Money.euros(100).plus(new Money(100, USD)));
        assertThrows(IllegalArgumentException.class, () -> Money.euros(100).compareTo(new Money(100, USD)));
    }

    @Test
    void commissionPercentRoundsHalfUpToTheCent() {
        assertEquals(Money.euros(1_000), Money.euros(10_000).percent(1_000));
        assertEquals(Money.euros(5), Money.euros(45).percent(1_000), "4.5 cents rounds up to 5");
        assertEquals(Money.euros(4), Money.euros(44).percent(1_000));
    }

    @Test
    void parsesDecimalAmountsAndRejectsFractionsOfACent() {
        assertEquals(Money.euros(1_250), Money.parse(new BigDecimal("12.5"), Money.EUR));
        assertThrows(IllegalArgumentException.class, () -> Money.parse(new BigDecimal("12.345"), Money.EUR));
        assertEquals(new BigDecimal("12.50"), Money.euros(1_250).amount());
    }

    @Test
    void germanAmountsAreReadInTheGermanInterface() {
        assertEquals(Money.euros(1_250), Money.parseEuros("12,50", Locale.GERMAN));
        assertEquals(Money.euros(123_450), Money.parseEuros("1.234,50", Locale.GERMAN));
        assertEquals(Money.euros(123_400), Money.parseEuros("1.234", Locale.GERMAN), "a thousand in German");
        assertEquals(Money.euros(123_456_700), Money.parseEuros("1.234.567", Locale.GERMAN));
        assertEquals(Money.euros(1_250), Money.parseEuros("12,50 €", Locale.GERMAN));
        assertEquals(Money.euros(1_250), Money.parseEuros("12.50", Locale.GERMAN), "unambiguous: cents");
    }

    @Test
    void englishAmountsAreReadInTheEnglishInterface() {
        assertEquals(Money.euros(1_250), Money.parseEuros("12.50", Locale.ENGLISH));
        assertEquals(Money.euros(123_450), Money.parseEuros("1,234.50", Locale.UK));
        assertEquals(Money.euros(123_400), Money.parseEuros("1,234", Locale.ENGLISH), "a thousand in English");
        assertEquals(Money.euros(1_250), Money.parseEuros("€12.5", Locale.ENGLISH));
        assertEquals(Money.euros(1_250), Money.parseEuros("12,50", Locale.ENGLISH), "unambiguous: cents");
        assertEquals(Money.euros(123_450), Money.parseEuros("1.234,50", Locale.ENGLISH), "unambiguous: German");
        assertEquals(Money.euros(123_456_700), Money.parseEuros("1234567", Locale.ENGLISH));
    }

    @Test
    void typedAmountsThatCannotBeReadSayWhy() {
        for (String bad : new String[] {null, "", "-", "zwölf", "--5", "1e3", "12,", ",50", "1.2.3", "12,3,45", "1,23.456,78"}) {
            assertEquals(Money.Problem.NOT_AN_AMOUNT,
                    assertThrows(Money.Unreadable.class, () -> Money.parseEuros(bad, Locale.GERMAN)).problem(), bad);
        }
        assertEquals(Money.Problem.TOO_MANY_DECIMALS,
                assertThrows(Money.Unreadable.class, () -> Money.parseEuros("1.234", Locale.ENGLISH)).problem(),
                "in English 1.234 has three decimals");
        assertEquals(Money.Problem.TOO_MANY_DECIMALS,
                assertThrows(Money.Unreadable.class, () -> Money.parseEuros("12,345", Locale.GERMAN)).problem());
        assertEquals(Money.Problem.TOO_LARGE,
                assertThrows(Money.Unreadable.class, () -> Money.parseEuros("12345678901", Locale.ENGLISH)).problem());
        assertEquals(Money.euros(1_200), Money.parseEuros("12.000", Locale.ENGLISH), "zero decimals beyond cents are fine");
        assertEquals(Money.euros(-500), Money.parseEuros("-5", Locale.ENGLISH), "negative, for \"at least\" to refuse");
    }

    @Test
    void formatsForTheShoppersLocale() {
        String german = Money.euros(123_456).format(Locale.GERMANY);
        assertTrue(german.contains("1.234,56") && german.contains("€"), german);
        assertEquals("€1,234.56", Money.euros(123_456).format(Locale.UK));
    }

    @Test
    void comparesByAmount() {
        assertTrue(Money.euros(100).compareTo(Money.euros(200)) < 0);
        assertTrue(Money.euros(-1).isNegative());
    }
}
