package org.yiyang.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import org.yiyang.shared.application.ErrorMessages;

/** The language the user chose for this session (Chinese until they switch). */
@Named
@SessionScoped
public class LocaleView implements Serializable {
    private static final long serialVersionUID = 1L;

    private Locale locale = ErrorMessages.CHINESE;

    public Locale getLocale() {
        return locale;
    }

    public boolean isEnglish() {
        return Locale.ENGLISH.equals(locale);
    }

    /** For the page's {@code lang} attribute. */
    public String getLanguageTag() {
        return isEnglish() ? "en" : "zh-CN";
    }

    void use(Locale wanted) {
        locale = ErrorMessages.supported(wanted);
    }
}
