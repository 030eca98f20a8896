package org.mspsdk.research;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.mspsdk.MspException;
import org.mspsdk.internal.Checks;

/**
 * The secret key behind the research pseudonyms (HMAC-SHA-256). The same key gives the same pseudonym for the
 * same identifier in every run and every file, so a researcher can link a person's records without knowing who
 * they are; without the key a pseudonym cannot be turned back into an identifier or recomputed from a guess.
 *
 * <p>The key is at least {@value #MIN_LENGTH} bytes. It is held privately, never logged, never part of an
 * exception message and never written to any output: {@link #toString()} shows only that it is redacted, and
 * {@code equals} is identity. Keep the key file or variable as secret as the source records.
 *
 * <pre>{@code
 * PseudonymKey key = PseudonymKey.fromEnvironment("MSP_RESEARCH_KEY");   // e.g. from `openssl rand -hex 32`
 * PseudonymKey same = PseudonymKey.fromFile(Path.of("/secure/research.key"));
 * }</pre>
 */
public final class PseudonymKey {

    /** The minimum key length in bytes (256 bits, the HMAC-SHA-256 block of security). */
    public static final int MIN_LENGTH = 32;

    private static final String ALGORITHM = "HmacSHA256";

    private final byte[] key;

    private PseudonymKey(byte[] key, String source) {
        if (key.length < MIN_LENGTH) {
            throw new MspException(MspException.Kind.INVALID_VALUE, "the pseudonym key from " + source
                    + " is too short: at least " + MIN_LENGTH + " bytes are needed (for example the 64 hex"
                    + " characters of `openssl rand -hex 32`)");
        }
        this.key = key;
    }

    /**
     * A key from raw bytes (copied).
     *
     * @param key the key bytes, at least {@value #MIN_LENGTH}
     * @return the key
     * @throws MspException of kind {@link MspException.Kind#INVALID_VALUE} when shorter than the minimum
     */
    public static PseudonymKey fromBytes(byte[] key) {
        if (key == null) {
            throw new MspException(MspException.Kind.MISSING_PART, "the pseudonym key is required but was missing");
        }
        return new PseudonymKey(key.clone(), "the given bytes");
    }

    /**
     * A key read from a file: the file's bytes, with trailing ASCII whitespace (a final newline) removed so that
     * editing the file with a text editor does not change every pseudonym.
     *
     * @param file the key file
     * @return the key
     * @throws MspException of kind {@link MspException.Kind#IO} when the file cannot be read, or
     *     {@link MspException.Kind#INVALID_VALUE} when the key is too short
     */
    public static PseudonymKey fromFile(Path file) {
        Objects.requireNonNull(file, "file");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new MspException(MspException.Kind.IO, "cannot read the pseudonym key file " + file + " ("
                    + reason(e, file) + ")");
        }
        int end = bytes.length;
        while (end > 0 && (bytes[end - 1] == '\n' || bytes[end - 1] == '\r' || bytes[end - 1] == ' '
                || bytes[end - 1] == '\t')) {
            end--;
        }
        byte[] trimmed = Arrays.copyOf(bytes, end);
        Arrays.fill(bytes, (byte) 0);
        return new PseudonymKey(trimmed, "file " + file);
    }

    /** Why a file could not be read, in words (no Java class name reaches the user). */
    private static String reason(IOException e, Path file) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return Files.isDirectory(file) ? "a folder, not a file"
                : "an input or output error";
    }

    /**
     * A key from an environment variable: its value's UTF-8 bytes.
     *
     * @param name the variable name, for example {@code MSP_RESEARCH_KEY}
     * @return the key
     * @throws MspException of kind {@link MspException.Kind#MISSING_PART} when the variable is not set, or
     *     {@link MspException.Kind#INVALID_VALUE} when the key is too short
     */
    public static PseudonymKey fromEnvironment(String name) {
        return fromEnvironment(name, System.getenv());
    }

    /**
     * A key from a variable of the given environment (for tests and embedding).
     *
     * @param name        the variable name
     * @param environment the environment
     * @return the key
     */
    public static PseudonymKey fromEnvironment(String name, Map<String, String> environment) {
        Objects.requireNonNull(name, "name");
        String value = environment.get(name);
        if (value == null || value.isBlank()) {
            throw new MspException(MspException.Kind.MISSING_PART,
                    "the pseudonym key environment variable " + name + " is not set");
        }
        return new PseudonymKey(value.strip().getBytes(StandardCharsets.UTF_8), "environment variable " + name);
    }

    /**
     * The keyed pseudonym of an identifier of one kind: lower-case hex of HMAC-SHA-256 over
     * {@code kind + ":" + identifier} (UTF-8). The kind separates domains, so a person id and a record id with
     * the same text get unrelated pseudonyms. An identifier that is not well-formed Unicode is refused rather than
     * encoded with {@code ?} in place of an unpaired surrogate, which would give different identifiers one
     * pseudonym (the model already refuses such text; this keeps the guarantee local).
     *
     * @throws MspException of kind {@link MspException.Kind#INVALID_VALUE} when the identifier holds an unpaired
     *     surrogate (the message names the kind, never the identifier)
     */
    String pseudonym(String kind, String identifier) {
        Checks.wellFormed(identifier, "the " + kind + " identifier");
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            byte[] digest = mac.doFinal((kind + ":" + identifier).getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder(digest.length * 2);
            for (byte b : digest) {
                hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
            }
            return hex.toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JDK", e);
        }
    }

    /** @return a fixed text: the key is never shown */
    @Override
    public String toString() {
        return "PseudonymKey[redacted]";
    }
}
