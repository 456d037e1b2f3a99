package market.atelier.custom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import market.atelier.shared.Money;
import org.junit.jupiter.api.Test;

/** Budgets and quotes as people type them: German or English decimals, a euro sign; anything else is named. */
class AmountParsingTest {

    private static Money parse(String text) {
        return CustomOrderService.parseAmount(text, "custom.error.budget", Locale.ENGLISH);
    }

    private static Money parseGerman(String text) {
        return CustomOrderService.parseAmount(text, "custom.error.budget", Locale.GERMAN);
    }

    @Test
    void commonWaysOfWritingAnAmountAreRead() {
        assertEquals(Money.euros(25_000), parse("250"));
        assertEquals(Money.euros(24_950), parse("249,50"));
        assertEquals(Money.euros(24_950), parse("249.50"));
        assertEquals(Money.euros(24_950), parse(" 249,5 € "));
        assertEquals(Money.euros(100), parse("1"));
        assertEquals(Money.euros(120_050), parse("1,200.50"));
    }

    @Test
    void germanBudgetsAreReadInTheGermanInterface() {
        assertEquals(Money.euros(1_250), parseGerman("12,50"));
        assertEquals(Money.euros(123_450), parseGerman("1.234,50 €"));
        assertEquals(Money.euros(120_000), parseGerman("1.200"));
    }

    @Test
    void textThatIsNotAnAmountIsRefusedWithTheFieldsMessage() {
        for (String bad : new String[] {null, "", "zweihundert", "12.345", "1.2.00", "1e3"}) {
            CustomOrderException refused = assertThrows(CustomOrderException.class, () -> parse(bad), bad);
            assertEquals("custom.error.budget", refused.getMessageKey(), bad);
        }
    }

    @Test
    void amountsOutsideOneToOneHundredThousandEurosAreRefused() {
        assertEquals("custom.error.budget.range",
                assertThrows(CustomOrderException.class, () -> parse("0,50")).getMessageKey());
        assertEquals("custom.error.budget.range", assertThrows(CustomOrderException.class, () -> parse("-5")).getMessageKey());
        assertEquals("custom.error.budget.range",
                assertThrows(CustomOrderException.class, () -> parse("100000,01")).getMessageKey());
        assertEquals(Money.euros(10_000_000), parse("100000"));
        assertEquals("custom.error.budget.range",
                assertThrows(CustomOrderException.class, () -> parse("1234567890123")).getMessageKey(),
                "far too large is out of range, not unreadable");
    }
}
