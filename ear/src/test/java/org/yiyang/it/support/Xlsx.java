package org.yiyang.it.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** Reads every cell of the first sheet of an .xlsx as text, for assertions. */
public final class Xlsx {

    private Xlsx() {
    }

    public static String text(byte[] xlsx) {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
             Stream<Row> rows = wb.getFirstSheet().openStream()) {
            return rows.map(r -> r.stream().map(c -> c == null ? "" : c.getText()).collect(Collectors.joining("\t")))
                    .collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
