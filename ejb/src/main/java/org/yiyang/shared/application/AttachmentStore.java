package org.yiyang.shared.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.yiyang.shared.domain.Attachment;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.TenantScope;

/**
 * The one attachment store of the platform: photos (JPEG, PNG) and PDF documents up to {@value #MAX_BYTES}
 * bytes, their type recognised from their content (never from the file name), images checked to decode and
 * given a thumbnail. It keeps no access rules of its own: a context checks its caller's access to the owning
 * record before it stores or reads, and reads only by owner, so an id of another record or county finds
 * nothing.
 */
@Stateless
public class AttachmentStore {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_PIXELS = 40_000_000;
    public static final int THUMBNAIL = 320;
    public static final int MAX_PER_OWNER = 30;

    /** What the content turned out to be. */
    enum Kind {
        JPEG("image/jpeg", true), PNG("image/png", true), PDF("application/pdf", false);

        final String contentType;
        final boolean image;

        Kind(String contentType, boolean image) {
            this.contentType = contentType;
            this.image = image;
        }
    }

    @PersistenceContext(unitName = "yiyang")
    EntityManager em;

    @Inject
    Clock clock;

    /** Stores a photo: JPEG or PNG only (an owner whose files are pictures, such as a visit, takes no documents). */
    public AttachmentView storeImage(String ownerType, long ownerId, String purpose, String fileName, byte[] content) {
        return store(ownerType, ownerId, purpose, fileName, content, true);
    }

    /** Stores a photo or a PDF document. */
    public AttachmentView store(String ownerType, long ownerId, String purpose, String fileName, byte[] content) {
        return store(ownerType, ownerId, purpose, fileName, content, false);
    }

    private AttachmentView store(String ownerType, long ownerId, String purpose, String fileName, byte[] content,
                                 boolean imagesOnly) {
        if (content == null || content.length == 0) {
            throw DomainException.invalid("file", "attachment.empty");
        }
        if (content.length > MAX_BYTES) {
            throw DomainException.invalid("file", "attachment.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        Kind kind = kindOf(content).orElseThrow(() -> DomainException.invalid("file", "attachment.type"));
        if (imagesOnly && !kind.image) {
            throw DomainException.invalid("file", "attachment.imageOnly");
        }
        byte[] thumbnail = kind.image ? thumbnail(content) : null;
        long existing = em.createQuery("select count(a) from Attachment a where a.ownerType = :t and a.ownerId = :o",
                Long.class).setParameter("t", ownerType).setParameter("o", ownerId).getSingleResult();
        if (existing >= MAX_PER_OWNER) {
            throw DomainException.invalid("file", "attachment.tooMany", MAX_PER_OWNER);
        }
        Attachment a = new Attachment(ownerType, ownerId, purpose, cleanName(fileName), kind.contentType,
                content, sha256(content), thumbnail, TenantScope.requireCaller().username(), clock.instant());
        em.persist(a);
        return view(a);
    }

    public List<AttachmentView> list(String ownerType, long ownerId) {
        // a projection: the files themselves stay in the database
        return em.createQuery("select new org.yiyang.shared.application.AttachmentView(a.id, a.purpose, a.fileName, "
                        + "a.contentType, a.sizeBytes, case when a.thumbnail is not null then true else false end, "
                        + "a.createdAt, a.createdBy) "
                        + "from Attachment a where a.ownerType = :t and a.ownerId = :o order by a.id", AttachmentView.class)
                .setParameter("t", ownerType).setParameter("o", ownerId).getResultList();
    }

    public long count(String ownerType, long ownerId, String purpose) {
        return em.createQuery("select count(a) from Attachment a where a.ownerType = :t and a.ownerId = :o "
                        + "and a.purpose = :p", Long.class).setParameter("t", ownerType).setParameter("o", ownerId)
                .setParameter("p", purpose).getSingleResult();
    }

    /** The file, if it belongs to this owner (of the current county). */
    public Optional<StoredFile> content(String ownerType, long ownerId, long attachmentId) {
        return owned(ownerType, ownerId, attachmentId).map(a -> new StoredFile(a.fileName(), a.contentType(),
                a.content()));
    }

    /** The thumbnail (a JPEG), if the attachment belongs to this owner and is an image. */
    public Optional<StoredFile> thumbnail(String ownerType, long ownerId, long attachmentId) {
        return em.createQuery("select a.fileName, a.thumbnail from Attachment a where a.id = :id and a.ownerType = :t "
                        + "and a.ownerId = :o and a.thumbnail is not null", Object[].class).setParameter("id", attachmentId)
                .setParameter("t", ownerType).setParameter("o", ownerId).getResultStream().findFirst()
                .map(r -> new StoredFile("thumb-" + ((String) r[0]).replaceAll("\\.[^.]*$", "") + ".jpg", "image/jpeg",
                        (byte[]) r[1]));
    }

    private Optional<Attachment> owned(String ownerType, long ownerId, long attachmentId) {
        return em.createQuery("select a from Attachment a where a.id = :id and a.ownerType = :t and a.ownerId = :o",
                        Attachment.class).setParameter("id", attachmentId).setParameter("t", ownerType)
                .setParameter("o", ownerId).getResultStream().findFirst();
    }

    private static AttachmentView view(Attachment a) {
        return new AttachmentView(a.id(), a.purpose(), a.fileName(), a.contentType(), a.sizeBytes(),
                a.contentType().startsWith("image/"), a.createdAt(), a.createdBy());
    }

    /** The type by the file's first bytes. */
    static Optional<Kind> kindOf(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return Optional.of(Kind.JPEG);
        }
        if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0D
                && b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
            return Optional.of(Kind.PNG);
        }
        if (b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
            return Optional.of(Kind.PDF);
        }
        return Optional.empty();
    }

    /**
     * A thumbnail no larger than {@value #THUMBNAIL} px; the image's size is read from its header first, so a
     * small file that claims a huge picture is refused before it is decoded.
     */
    static byte[] thumbnail(byte[] content) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw DomainException.invalid("file", "attachment.unreadable");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long w = reader.getWidth(0);
                long h = reader.getHeight(0);
                if (w <= 0 || h <= 0 || w * h > MAX_PIXELS) {
                    throw DomainException.invalid("file", "attachment.tooManyPixels");
                }
                BufferedImage image = reader.read(0);
                double scale = Math.min(1.0, (double) THUMBNAIL / Math.max(w, h));
                int tw = Math.max(1, (int) Math.round(w * scale));
                int th = Math.max(1, (int) Math.round(h * scale));
                BufferedImage thumb = new BufferedImage(tw, th, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = thumb.createGraphics();
                try {
                    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                    g.setColor(java.awt.Color.WHITE);
                    g.fillRect(0, 0, tw, th);
                    g.drawImage(image, 0, 0, tw, th, null);
                } finally {
                    g.dispose();
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ImageIO.write(thumb, "jpg", out);
                return out.toByteArray();
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException d) {
                throw d;
            }
            throw DomainException.invalid("file", "attachment.unreadable");
        }
    }

    private static String cleanName(String raw) {
        String name = raw == null ? "" : raw.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        if (name.isEmpty()) {
            name = "file";
        }
        if (name.length() > 100) {
            name = name.substring(name.length() - 100);
        }
        return name;
    }

    private static byte[] sha256(byte[] b) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(b);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
