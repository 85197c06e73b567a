package org.milex.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What every answer says about itself: a Content-Security-Policy that allows no inline script and no framing,
 * no MIME sniffing, a referrer policy, caching (pages and API revalidate with their ETag; static files are
 * addressed by a hash of their content and kept for a year), what they vary on, and CORS for read-only use
 * of the API from other origins.
 */
final class Headers {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final Map<String, String> VERSIONS = new ConcurrentHashMap<>();

    private Headers() {
    }

    static void apply(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
        ctx.header("Vary", "Accept-Encoding");
        if (ctx.path().startsWith("/public/")) {
            // addressed as /public/milex.css?v=<hash of its content>: a new version is a new address
            ctx.header("Cache-Control", "public, max-age=31536000, immutable");
            return;
        }
        ctx.header("Cache-Control", "no-cache");
        if (ctx.path().startsWith("/api/")) {
            ctx.header("Access-Control-Allow-Origin", "*");
            ctx.header("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
            ctx.header("Access-Control-Expose-Headers", "MILEX-Data-Version, Content-Disposition, ETag");
        }
    }

    /** A static file's address with the hash of its content, so that browsers may keep it for a year. */
    static String versioned(String file) {
        return "/public/" + file + "?v=" + VERSIONS.computeIfAbsent(file, Headers::hash);
    }

    private static String hash(String file) {
        try (InputStream in = Headers.class.getResourceAsStream("/public/" + file)) {
            if (in == null) {
                return "0";
            }
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes())).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
