package org.yiyang.shared.application;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.yiyang.shared.domain.DomainException;

/** Renders domain errors in the user's language: Simplified Chinese by default, English as the second. */
public final class ErrorMessages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> SUPPORTED = List.of(CHINESE, Locale.ENGLISH);
    private static final String BUNDLE = "org.yiyang.shared.errors";
    private static final String LABELS = "org.yiyang.shared.labels";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ErrorMessages() {
    }

    /** One of the supported locales: English for any English request, Chinese otherwise. */
    public static Locale supported(Locale requested) {
        return requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : CHINESE;
    }

    public static String format(DomainException e, Locale locale) {
        return format(e.messageKey(), locale, e.args().toArray());
    }

    public static String format(String key, Locale locale, Object... args) {
        Object[] resolved = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            resolved[i] = args[i] instanceof DomainException.Label l ? label(l.key(), locale) : args[i];
        }
        return format(BUNDLE, key, locale, resolved);
    }

    /** A name shown to users (enum values, export headers) from the labels bundles. */
    public static String label(String key, Locale locale) {
        return format(LABELS, key, locale);
    }

    private static String format(String bundleName, String key, Locale locale, Object... args) {
        Locale l = supported(locale);
        ResourceBundle bundle = ResourceBundle.getBundle(bundleName, l, ErrorMessages.class.getClassLoader(),
                NO_FALLBACK);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException missing) {
            return key;
        }
        return new MessageFormat(pattern, l).format(args);
    }
}
