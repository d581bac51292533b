package org.quotetracker.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The configured API keys, held only as SHA-256 digests. A presented key is compared with every digest in constant
 * time, so neither the position of the first wrong character nor the key's length shows in how long the check takes.
 */
@Component
public class ApiKeys {

    /** Enough of the digest to tell keys apart in an audit trail, too little to help guess the key. */
    private static final int FINGERPRINT_HEX_DIGITS = 12;

    private final List<byte[]> digests;

    ApiKeys(ApiKeyProperties properties) {
        this.digests = properties.apiKeys().stream()
                .map(String::trim)
                .filter(key -> !key.isEmpty())
                .map(ApiKeys::sha256)
                .toList();
    }

    public boolean writesEnabled() {
        return !digests.isEmpty();
    }

    /** The fingerprint of {@code presented} when it is one of the keys, for recording who wrote; never the key. */
    Optional<String> fingerprintOf(String presented) {
        byte[] digest = sha256(presented.trim());
        boolean known = false;
        for (byte[] candidate : digests) {
            known |= MessageDigest.isEqual(candidate, digest);
        }
        return known ? Optional.of("key:" + HexFormat.of().formatHex(digest).substring(0, FINGERPRINT_HEX_DIGITS)) : Optional.empty();
    }

    private static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
