package org.yiyang.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.yiyang.shared.application.ErrorMessages;
import org.yiyang.shared.domain.DomainException;

/** What view beans do with outcomes: show a localised message, or answer 404 for an id not in scope. */
public final class Faces {

    private Faces() {
    }

    public static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /** A text of the portal's bundle in the view's language. */
    public static String text(String key, Object... args) {
        ResourceBundle b = FacesContext.getCurrentInstance().getApplication()
                .getResourceBundle(FacesContext.getCurrentInstance(), "msg");
        String pattern = b.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(args);
    }

    /**
     * Shows a rule violation next to its field ({@code formId:field}) or at the top of the page; an id
     * outside the caller's county or township answers 404 instead, a use case the role may not use 403.
     */
    public static void show(DomainException e, String formId) {
        if (e.kind() == DomainException.Kind.NOT_FOUND) {
            notFound();
            return;
        }
        if (e.kind() == DomainException.Kind.FORBIDDEN) {
            forbidden();
            return;
        }
        FacesContext fc = FacesContext.getCurrentInstance();
        String clientId = e.field() == null || formId == null ? null : formId + ":" + e.field();
        String text = ErrorMessages.format(e, locale());
        fc.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        fc.validationFailed();
    }

    public static void info(String key, Object... args) {
        String text = text(key, args);
        FacesContext fc = FacesContext.getCurrentInstance();
        fc.getExternalContext().getFlash().setKeepMessages(true);
        fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    /** Ends the request with 404: the same answer whether the id exists in another county or nowhere. */
    public static void notFound() {
        FacesContext fc = FacesContext.getCurrentInstance();
        try {
            fc.getExternalContext().responseSendError(404, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        fc.responseComplete();
    }

    public static void forbidden() {
        FacesContext fc = FacesContext.getCurrentInstance();
        try {
            fc.getExternalContext().responseSendError(403, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        fc.responseComplete();
    }
}
