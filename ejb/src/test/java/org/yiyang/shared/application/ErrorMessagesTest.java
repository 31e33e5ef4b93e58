package org.yiyang.shared.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.yiyang.shared.domain.DomainException;

class ErrorMessagesTest {

    static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ErrorMessages.class.getResourceAsStream("/org/yiyang/shared/errors_" + suffix
                + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void chineseAndEnglishHaveTheSameMessages() throws IOException {
        assertEquals(bundle("zh_CN").keySet(), bundle("en").keySet());
    }

    @Test
    void rendersChineseByDefaultAndEnglishOnRequest() {
        DomainException e = DomainException.invalid("idNumber", "idNumber.length", 17);
        assertEquals("身份证号应为 18 位，当前为 17 位。", ErrorMessages.format(e, null));
        assertEquals("身份证号应为 18 位，当前为 17 位。", ErrorMessages.format(e, Locale.FRENCH));
        assertEquals("An ID number has 18 characters, this one has 17.", ErrorMessages.format(e, Locale.US));
    }

    @Test
    void noMessageIsLeftUntranslatedOrHoldsAQuoteThatMessageFormatWouldEat() throws IOException {
        for (String suffix : new String[] {"zh_CN", "en"}) {
            Properties p = bundle(suffix);
            for (String key : p.stringPropertyNames()) {
                assertFalse(p.getProperty(key).isBlank(), key);
                assertFalse(p.getProperty(key).contains("'"), key + " in " + suffix);
            }
        }
    }
}
