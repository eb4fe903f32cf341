package org.planwatch.runtime;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;

/** What an error from a Kafka client is, by its chain of causes. */
public final class Causes {
    /** Kafka refusing the client: who it is (authentication) or what it may do (authorization). */
    public static final List<Class<? extends Throwable>> REFUSALS =
            List.of(AuthenticationException.class, AuthorizationException.class);

    /** A wait that ended: Kafka not answering in time, or a command's own deadline. */
    public static final List<Class<? extends Throwable>> TIMEOUTS =
            List.of(org.apache.kafka.common.errors.TimeoutException.class, java.util.concurrent.TimeoutException.class);

    private Causes() {}

    /** The first of {@code error} and its causes that is one of {@code kinds}; a cycle of causes ends the walk. */
    public static Optional<Throwable> first(Throwable error, List<Class<? extends Throwable>> kinds) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = error; t != null && seen.add(t); t = t.getCause()) {
            for (Class<? extends Throwable> kind : kinds) {
                if (kind.isInstance(t)) {
                    return Optional.of(t);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether {@code error} itself is a refusal, which every later request of the client would meet too. */
    public static boolean isRefusal(Throwable error) {
        return REFUSALS.stream().anyMatch(kind -> kind.isInstance(error));
    }
}
