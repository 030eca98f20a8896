package org.mspsdk.research;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** An independent HMAC-SHA-256 (RFC 2104 over SHA-256, 64-byte blocks) to check the JDK-based one against. */
final class HmacReference {

    private HmacReference() {
    }

    static String hmacSha256Hex(String key, String message) {
        try {
            byte[] k = key.getBytes(StandardCharsets.UTF_8);
            if (k.length > 64) {
                k = MessageDigest.getInstance("SHA-256").digest(k);
            }
            byte[] block = new byte[64];
            System.arraycopy(k, 0, block, 0, k.length);
            byte[] ipad = new byte[64];
            byte[] opad = new byte[64];
            for (int i = 0; i < 64; i++) {
                ipad[i] = (byte) (block[i] ^ 0x36);
                opad[i] = (byte) (block[i] ^ 0x5c);
            }
            MessageDigest inner = MessageDigest.getInstance("SHA-256");
            inner.update(ipad);
            inner.update(message.getBytes(StandardCharsets.UTF_8));
            MessageDigest outer = MessageDigest.getInstance("SHA-256");
            outer.update(opad);
            outer.update(inner.digest());
            return String.format("%064x", new BigInteger(1, outer.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
