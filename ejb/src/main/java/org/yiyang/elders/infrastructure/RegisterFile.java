package org.yiyang.elders.infrastructure;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.yiyang.shared.domain.DomainException;

/**
 * An uploaded register (Excel .xlsx or CSV) read into rows of text cells. The type is recognised from the
 * content, not the file name. CSV may be UTF-8 (with or without BOM) or GB18030 (what Excel writes on a
 * Chinese Windows). Numbers stored in Excel as numbers are kept with a mark, so that an 18-digit ID number
 * that Excel turned into a number (and rounded) is reported rather than imported wrong.
 */
public final class RegisterFile {

    public enum Type { CSV, XLSX }

    /** A cell read from the file. */
    public record CellValue(String text, boolean numeric) {
        public static final CellValue EMPTY = new CellValue("", false);
    }

    /** A row with its number as the user sees it in the file (the header is row 1). */
    public record Line(int number, List<CellValue> cells) {
        public boolean isBlank() {
            return cells.stream().allMatch(c -> c.text().isBlank());
        }
    }

    public record Parsed(Type type, List<String> header, List<Line> lines) {
    }

    public static final int MAX_BYTES = 20 * 1024 * 1024;
    public static final int MAX_ROWS = 100_000;

    private RegisterFile() {
    }

    public static Type typeOf(byte[] content) {
        if (content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
            return Type.XLSX;
        }
        for (int i = 0; i < Math.min(content.length, 8192); i++) {
            if (content[i] == 0) {
                throw DomainException.invalid("file", "import.file.type");
            }
        }
        return Type.CSV;
    }

    public static Parsed parse(byte[] content) {
        if (content.length == 0) {
            throw DomainException.invalid("file", "import.file.empty");
        }
        if (content.length > MAX_BYTES) {
            throw DomainException.invalid("file", "import.file.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        Type type = typeOf(content);
        List<Line> all = type == Type.XLSX ? xlsx(content) : csv(text(content));
        List<Line> lines = new ArrayList<>();
        List<String> header = null;
        for (Line l : all) {
            if (header == null) {
                if (!l.isBlank()) {
                    header = l.cells().stream().map(c -> c.text().strip()).toList();
                }
            } else if (!l.isBlank()) {
                lines.add(l);
            }
        }
        if (header == null) {
            throw DomainException.invalid("file", "import.file.empty");
        }
        if (lines.size() > MAX_ROWS) {
            throw DomainException.invalid("file", "import.file.tooManyRows", MAX_ROWS);
        }
        return new Parsed(type, header, lines);
    }

    static String text(byte[] content) {
        int skip = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, skip, content.length - skip);
        try {
            return decode(StandardCharsets.UTF_8, bytes);
        } catch (CharacterCodingException notUtf8) {
            try {
                return decode(Charset.forName("GB18030"), ByteBuffer.wrap(content));
            } catch (CharacterCodingException e) {
                throw DomainException.invalid("file", "import.file.encoding");
            }
        }
    }

    private static String decode(Charset cs, ByteBuffer bytes) throws CharacterCodingException {
        CharBuffer chars = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes.duplicate());
        return chars.toString();
    }

    /** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
    static List<Line> csv(String text) {
        List<Line> lines = new ArrayList<>();
        List<CellValue> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int startLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    cell.append(ch);
                }
            } else if (ch == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (ch == ',') {
                cells.add(new CellValue(cell.toString(), false));
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(new CellValue(cell.toString(), false));
                cell.setLength(0);
                lines.add(new Line(startLine, List.copyOf(cells)));
                cells.clear();
                line++;
                startLine = line;
            } else {
                cell.append(ch);
            }
        }
        if (!cell.isEmpty() || !cells.isEmpty()) {
            cells.add(new CellValue(cell.toString(), false));
            lines.add(new Line(startLine, List.copyOf(cells)));
        }
        return lines;
    }

    static List<Line> xlsx(byte[] content) {
        return xlsx(content, MAX_ROWS);
    }

    static List<Line> xlsx(byte[] content, int maxRows) {
        List<Line> lines = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(content));
             Stream<Row> rows = wb.getFirstSheet().openStream()) {
            java.util.Iterator<Row> it = rows.iterator();
            int filled = 0;
            while (it.hasNext()) {
                Row r = it.next();
                List<CellValue> cells = new ArrayList<>();
                for (int i = 0; i < r.getCellCount(); i++) {
                    Cell c = r.getCell(i);
                    if (c == null || c.getType() == CellType.EMPTY) {
                        cells.add(CellValue.EMPTY);
                    } else if (c.getType() == CellType.NUMBER) {
                        cells.add(new CellValue(c.asNumber().stripTrailingZeros().toPlainString(), true));
                    } else {
                        cells.add(new CellValue(c.getText() == null ? "" : c.getText(), false));
                    }
                }
                Line line = new Line(r.getRowNum(), cells);
                lines.add(line);
                // the header and the row limit plus one: a larger sheet is refused without reading it further
                if (!line.isBlank() && ++filled > maxRows + 1) {
                    throw DomainException.invalid("file", "import.file.tooManyRows", maxRows);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw DomainException.invalid("file", "import.file.unreadable");
        }
        return lines;
    }
}
