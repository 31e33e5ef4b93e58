package org.yiyang.web.meals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

/** The printed card's QR code reads back as exactly the token, and the SVG carries nothing else of the elder. */
class QrCodesTest {

    static final String TOKEN = "AzcxNjAyrJ3kq0-fU9vQm1x7S2aP4cWn8LtYhE0uGzVb6oR_dIsNfKjXw5CeTq";

    @Test
    void theCodeReadsBackAsTheToken() throws Exception {
        BitMatrix m = QrCodes.matrix(TOKEN);
        int scale = 4;
        int w = m.getWidth() * scale;
        int h = m.getHeight() * scale;
        int[] pixels = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                pixels[y * w + x] = m.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        String read = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(w, h, pixels)))).getText();
        assertEquals(TOKEN, read);
    }

    @Test
    void theSvgIsOneSquareViewOfTheModulesLabelledEscaped() {
        String svg = QrCodes.svg(TOKEN, "王<秀>兰 \"x\"");
        BitMatrix m = QrCodes.matrix(TOKEN);
        assertTrue(svg.startsWith("<svg") && svg.endsWith("</svg>"), svg);
        assertTrue(svg.contains("viewBox=\"0 0 " + m.getWidth() + " " + m.getHeight() + "\""));
        assertTrue(svg.contains("aria-label=\"王&lt;秀&gt;兰 &quot;x&quot;\""), "the label is escaped");
        assertFalse(svg.contains(TOKEN), "the token is in the code's modules, not in the markup");
        int squares = svg.split("h1v1h-1z", -1).length - 1;
        int dark = 0;
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                dark += m.get(x, y) ? 1 : 0;
            }
        }
        assertEquals(dark, squares, "one square per dark module");
    }
}
