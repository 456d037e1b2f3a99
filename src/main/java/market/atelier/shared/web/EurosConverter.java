package market.atelier.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import market.atelier.shared.Money;

/**
 * A euro amount typed into a form ({@code converter="atelier.euros"} on a BigDecimal field), read the way the page's
 * language writes it ({@link Money#parseEuros}) and shown back the same way ("89,50" in German). A refusal names
 * the problem: not an amount, more than two decimals, or far too large; the field's own limits (at most ... EUR)
 * are Bean Validation's.
 */
@FacesConverter("atelier.euros")
public class EurosConverter implements Converter<BigDecimal> {

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Money.parseEuros(value, context.getViewRoot().getLocale()).amount();
        } catch (Money.Unreadable e) {
            String text = Messages.text("money.error." + e.problem().name());
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(context.getViewRoot().getLocale()));
        return format.format(value);
    }
}
