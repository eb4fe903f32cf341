package org.planwatch.producer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Deterministic reading ids: the same feed, region, indicator, year and vintage always give the
 * same id, so a file sent twice is recognisable downstream.
 */
public final class ReadingIds {
    private ReadingIds() {}

    public static String of(String feed, String region, String indicator, int year, int vintage) {
        return hash(String.join("\u001f", feed, region, indicator, Integer.toString(year), Integer.toString(vintage)));
    }

    /** The id of a withdrawal of that figure: never the figure's own, which it must not be taken for. */
    public static String ofWithdrawal(String feed, String region, String indicator, int year, int vintage) {
        return hash(String.join(
                "\u001f", feed, region, indicator, Integer.toString(year), Integer.toString(vintage), "withdrawn"));
    }

    private static String hash(String joined) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(joined.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
