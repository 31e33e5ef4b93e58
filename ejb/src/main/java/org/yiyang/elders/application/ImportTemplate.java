package org.yiyang.elders.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.yiyang.elders.infrastructure.ImportVocabulary;

/** Empty registers with the columns the import understands, for people to fill in. */
public final class ImportTemplate {

    private ImportTemplate() {
    }

    public static byte[] csv() {
        StringBuilder b = new StringBuilder("\uFEFF");
        b.append(String.join(",", headers())).append("\r\n");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "Yiyang", "1.0");
            Worksheet ws = wb.newWorksheet("Sheet1");
            String[] headers = headers();
            for (int c = 0; c < headers.length; c++) {
                ws.value(0, c, headers[c]);
                ws.style(0, c).bold().set();
                ws.width(c, 16);
            }
            ws.range(1, 1, 5000, 1).style().format("@").set();
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String[] headers() {
        ImportVocabulary v = ImportVocabulary.get();
        return ImportVocabulary.FIELDS.stream().filter(f -> !f.equals("villageCode")).map(v::templateHeader)
                .toArray(String[]::new);
    }
}
