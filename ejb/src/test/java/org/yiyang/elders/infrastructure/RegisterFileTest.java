package org.yiyang.elders.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.yiyang.shared.domain.DomainException;

class RegisterFileTest {

    static List<String> texts(RegisterFile.Line l) {
        return l.cells().stream().map(RegisterFile.CellValue::text).toList();
    }

    @Test
    void readsCsvWithQuotesCommasLineBreaksAndBlankLines() {
        String csv = "姓名,身份证号,详细地址\r\n张三,37160219500315122X,\"北街 1 号,东\"\n\n\"李\"\"四\",371621194801010020,\"两行\n地址\"\n";
        RegisterFile.Parsed p = RegisterFile.parse(csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(RegisterFile.Type.CSV, p.type());
        assertEquals(List.of("姓名", "身份证号", "详细地址"), p.header());
        assertEquals(2, p.lines().size());
        assertEquals(List.of("张三", "37160219500315122X", "北街 1 号,东"), texts(p.lines().get(0)));
        assertEquals(2, p.lines().get(0).number());
        assertEquals(List.of("李\"四", "371621194801010020", "两行\n地址"), texts(p.lines().get(1)));
        assertEquals(4, p.lines().get(1).number(), "rows are numbered as in the file");
    }

    @Test
    void readsUtf8WithBomAndGb18030() {
        byte[] bom = "\uFEFF姓名,村（社区）\n王五,新苑社区\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("姓名", RegisterFile.parse(bom).header().get(0));
        byte[] gbk = "姓名,村（社区）\n王五,新苑社区\n".getBytes(Charset.forName("GB18030"));
        RegisterFile.Parsed p = RegisterFile.parse(gbk);
        assertEquals("村（社区）", p.header().get(1));
        assertEquals("新苑社区", p.lines().get(0).cells().get(1).text());
    }

    @Test
    void readsXlsxAndMarksNumbers() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        Worksheet ws = wb.newWorksheet("s");
        ws.value(0, 0, "姓名");
        ws.value(0, 1, "身份证号");
        ws.value(1, 0, "赵六");
        ws.value(1, 1, "37160219500315122X");
        ws.value(2, 0, "钱七");
        ws.value(2, 1, new BigDecimal("371621194801010020"));
        wb.finish();
        RegisterFile.Parsed p = RegisterFile.parse(out.toByteArray());
        assertEquals(RegisterFile.Type.XLSX, p.type());
        assertEquals(List.of("姓名", "身份证号"), p.header());
        assertFalse(p.lines().get(0).cells().get(1).numeric());
        assertEquals("37160219500315122X", p.lines().get(0).cells().get(1).text());
        assertTrue(p.lines().get(1).cells().get(1).numeric(), "an ID number Excel keeps as a number is marked");
    }

    @Test
    void aSheetOverTheRowLimitIsRefusedWithTheLimitNamed() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        Worksheet ws = wb.newWorksheet("s");
        ws.value(0, 0, "姓名");
        for (int r = 1; r <= 5000; r++) {
            ws.value(r, 0, "老人" + r);
        }
        wb.finish();
        byte[] sheet = out.toByteArray();
        assertEquals(5000, RegisterFile.xlsx(sheet, 5000).size() - 1, "within the limit: every row");
        DomainException e = assertThrows(DomainException.class, () -> RegisterFile.xlsx(sheet, 10));
        assertEquals("import.file.tooManyRows", e.messageKey());
        assertEquals(List.of(10), e.args());
    }

    @Test
    void refusesEmptyBinaryAndBrokenFiles() {
        assertEquals("import.file.empty", assertThrows(DomainException.class,
                () -> RegisterFile.parse(new byte[0])).messageKey());
        assertEquals("import.file.type", assertThrows(DomainException.class,
                () -> RegisterFile.parse(new byte[] {1, 0, 2, 0})).messageKey());
        assertEquals("import.file.unreadable", assertThrows(DomainException.class,
                () -> RegisterFile.parse(new byte[] {'P', 'K', 3, 4, 9, 9, 9})).messageKey());
    }
}
