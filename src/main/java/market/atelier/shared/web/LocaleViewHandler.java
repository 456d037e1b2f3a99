package market.atelier.shared.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * The page language: the one chosen in the footer (remembered in a cookie by {@link LocaleFilter}), else the
 * browser's preference among the supported ones. No HTTP session is involved.
 */
public class LocaleViewHandler extends ViewHandlerWrapper {

    public LocaleViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        Object chosen = context.getExternalContext().getRequestMap().get(LocaleFilter.CHOSEN_LOCALE);
        return chosen instanceof Locale locale ? locale : super.calculateLocale(context);
    }
}
