package org.yiyang.shared.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.yiyang.shared.domain.DomainException;

/** Attachments are recognised by their content, and pictures are checked and thumbnailed. */
class AttachmentStoreTest {

    static byte[] image(int w, int h, String format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    @Test
    void theTypeComesFromTheContent() throws Exception {
        assertEquals(Optional.of(AttachmentStore.Kind.PNG), AttachmentStore.kindOf(image(4, 4, "png")));
        assertEquals(Optional.of(AttachmentStore.Kind.JPEG), AttachmentStore.kindOf(image(4, 4, "jpg")));
        assertEquals(Optional.of(AttachmentStore.Kind.PDF),
                AttachmentStore.kindOf("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.empty(), AttachmentStore.kindOf("<html>".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.empty(), AttachmentStore.kindOf("GIF89a".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.empty(), AttachmentStore.kindOf(new byte[0]));
    }

    @Test
    void aThumbnailKeepsTheAspectRatioWithinTheBox() throws Exception {
        BufferedImage t = ImageIO.read(new ByteArrayInputStream(AttachmentStore.thumbnail(image(1600, 800, "png"))));
        assertEquals(AttachmentStore.THUMBNAIL, t.getWidth());
        assertEquals(AttachmentStore.THUMBNAIL / 2, t.getHeight());
        BufferedImage small = ImageIO.read(new ByteArrayInputStream(AttachmentStore.thumbnail(image(100, 50, "jpg"))));
        assertEquals(100, small.getWidth(), "a small picture is not blown up");
    }

    @Test
    void aPictureThatDoesNotDecodeIsRefused() throws Exception {
        byte[] png = image(50, 50, "png");
        byte[] broken = java.util.Arrays.copyOf(png, 30);
        DomainException e = assertThrows(DomainException.class, () -> AttachmentStore.thumbnail(broken));
        assertEquals("attachment.unreadable", e.messageKey());
    }

    @Test
    void aHugePictureIsRefusedBeforeItIsDecoded() throws Exception {
        byte[] png = image(8, 8, "png");
        // the IHDR chunk: width at bytes 16-19, height at 20-23 (a header that claims 60000 x 60000 pixels)
        byte[] lie = png.clone();
        for (int i : new int[] {16, 20}) {
            lie[i] = 0;
            lie[i + 1] = 0;
            lie[i + 2] = (byte) 0xEA;
            lie[i + 3] = (byte) 0x60;
        }
        DomainException e = assertThrows(DomainException.class, () -> AttachmentStore.thumbnail(lie));
        assertEquals("attachment.tooManyPixels", e.messageKey());
    }
}
