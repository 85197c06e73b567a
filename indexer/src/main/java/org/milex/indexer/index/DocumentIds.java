package org.milex.indexer.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.milex.indexer.classify.Folding;

/**
 * Stable, readable document ids. A file's id is its name as a slug plus a short hash of where it lives
 * ("lmigra-ley-de-migracion-3fa2c1d0"): indexing the same file again replaces it, never duplicates it.
 */
public final class DocumentIds {

    private DocumentIds() {
    }

    public static String forFile(String fileName, String origin) {
        String base = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
        String slug = Folding.fold(base).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-$", "");
        }
        return (slug.isEmpty() ? "doc" : slug) + "-" + sha1(origin).substring(0, 8);
    }

    public static String sha256(byte[] bytes) {
        return hex("SHA-256", bytes);
    }

    private static String sha1(String s) {
        return hex("SHA-1", s.getBytes(StandardCharsets.UTF_8));
    }

    private static String hex(String algorithm, byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes)).toLowerCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
