package org.yiyang.shared.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.yiyang.shared.domain.IdCardNumber;
import org.yiyang.shared.domain.ProtectedIdNumber;

/**
 * Encrypts resident ID numbers (AES-256-GCM, the county code as associated data, so a value copied to
 * another county's row does not decrypt) and computes their keyed look-up hash (HMAC-SHA256 over county
 * and number). Both keys are derived from one 32-byte data key taken from configuration
 * ({@code YIYANG_DATA_KEY} or the system property {@code yiyang.data.key}, Base64); there is no default.
 */
@ApplicationScoped
public class PersonalDataProtector {

    public static final String KEY_ENV = "YIYANG_DATA_KEY";
    public static final String KEY_PROPERTY = "yiyang.data.key";

    private static final byte FORMAT_V1 = 1;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private SecretKeySpec encryptionKey;
    private SecretKeySpec hashKey;
    private SecretKeySpec fingerprintKey;
    private SecretKeySpec fileKey;

    @PostConstruct
    void init() {
        String configured = System.getProperty(KEY_PROPERTY, System.getenv(KEY_ENV));
        init(configured);
    }

    /** Sets the data key (Base64 of 32 bytes); fails when it is missing or malformed. */
    public void init(String base64Key) {
        if (base64Key == null || base64Key.isBlank()) {
            throw new IllegalStateException("No data key configured: set " + KEY_ENV + " (Base64 of 32 random bytes)");
        }
        byte[] master;
        try {
            master = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(KEY_ENV + " is not Base64", e);
        }
        if (master.length != 32) {
            throw new IllegalStateException(KEY_ENV + " must be 32 bytes, is " + master.length);
        }
        encryptionKey = new SecretKeySpec(derive(master, "yiyang/id-number/encryption/v1"), "AES");
        hashKey = new SecretKeySpec(derive(master, "yiyang/id-number/lookup/v1"), "HmacSHA256");
        fingerprintKey = new SecretKeySpec(derive(master, "yiyang/request/fingerprint/v1"), "HmacSHA256");
        fileKey = new SecretKeySpec(derive(master, "yiyang/file/encryption/v1"), "AES");
    }

    /**
     * A keyed fingerprint of a request (which may hold ID numbers): without the data key nobody can test a guessed
     * number against it, as one could against a plain SHA-256.
     */
    public byte[] fingerprint(String county, String request) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(fingerprintKey);
            return mac.doFinal((county + "\n" + request).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public ProtectedIdNumber protect(IdCardNumber number, String county) {
        return new ProtectedIdNumber(encrypt(number.value(), county), lookupHash(number, county), number.masked());
    }

    /** The keyed hash used to find a number within a county without decrypting anything. */
    public byte[] lookupHash(IdCardNumber number, String county) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hashKey);
            return mac.doFinal((county + ":" + number.value()).getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Decrypts a stored number of the given county. Callers audit every reveal. */
    public String reveal(byte[] stored, String county) {
        return new String(open(encryptionKey, stored, county), StandardCharsets.US_ASCII);
    }

    private byte[] encrypt(String plain, String county) {
        return seal(encryptionKey, plain.getBytes(StandardCharsets.US_ASCII), county);
    }

    /**
     * Encrypts a file that holds personal data (an uploaded register) for keeping at rest: AES-256-GCM with its own
     * key, bound to the county and to what the file belongs to (e.g. {@code import:42}), so it decrypts nowhere else.
     */
    public byte[] sealFile(byte[] content, String county, String owner) {
        return seal(fileKey, content, county + "/" + owner);
    }

    /** Decrypts a file sealed with {@link #sealFile}. */
    public byte[] openFile(byte[] sealed, String county, String owner) {
        return open(fileKey, sealed, county + "/" + owner);
    }

    /** Decrypts what {@link #seal} made with the same key and associated data; fails on any other. */
    private static byte[] open(SecretKeySpec key, byte[] sealed, String associated) {
        try {
            ByteBuffer in = ByteBuffer.wrap(sealed);
            if (in.get() != FORMAT_V1) {
                throw new IllegalStateException("unknown cipher format");
            }
            byte[] iv = new byte[IV_BYTES];
            in.get(iv);
            byte[] body = new byte[in.remaining()];
            in.get(body);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associated.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("stored data does not decrypt for " + associated, e);
        }
    }

    private byte[] seal(SecretKeySpec key, byte[] plain, String associated) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associated.getBytes(StandardCharsets.UTF_8));
            byte[] body = cipher.doFinal(plain);
            return ByteBuffer.allocate(1 + IV_BYTES + body.length).put(FORMAT_V1).put(iv).put(body).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] derive(byte[] master, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
