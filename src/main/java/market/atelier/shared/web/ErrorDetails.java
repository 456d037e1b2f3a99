package market.atelier.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.ProjectStage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.PrintWriter;
import java.io.StringWriter;

/** The exception behind an error page, as text, in Development stage only; empty otherwise. */
@Named("errorDetails")
@RequestScoped
public class ErrorDetails {

    public String getStackTrace() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context == null || context.getApplication().getProjectStage() != ProjectStage.Development) {
            return "";
        }
        Object error = context.getExternalContext().getRequestMap().get("jakarta.servlet.error.exception");
        if (!(error instanceof Throwable throwable)) {
            return "";
        }
        StringWriter trace = new StringWriter();
        throwable.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }
}
