package org.planwatch.consumer;

/**
 * A message for a department lead about one status change, or a digest of several.
 *
 * @param key the idempotency key, unique per change: {@code plan|region|indicator|year|status|hash},
 *     the hash over the whole alert; or a digest's hash of its members' keys. A receiver that has
 *     seen it may drop the message: it is the same change sent again
 * @param department who answers for the target(s)
 * @param title one line, Chinese
 * @param text the message, Chinese first, then an English line for each change
 * @param binding whether a binding (约束性) target is among the changes
 * @param worse whether a status got worse
 */
public record Notice(
        String key,
        String department,
        String plan,
        String region,
        String title,
        String text,
        boolean binding,
        boolean worse) {}
