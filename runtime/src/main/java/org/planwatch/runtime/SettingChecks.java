package org.planwatch.runtime;

import java.time.Duration;

/** Checks more than one deployable's settings make, each once: what a broker or a socket accepts. */
public final class SettingChecks {
    /** The least session timeout a broker accepts (group.min.session.timeout.ms). */
    public static final Duration MIN_SESSION_TIMEOUT = Duration.ofSeconds(6);

    private SettingChecks() {}

    /** Why {@code sessionTimeout} cannot be a group member's, if it cannot. */
    public static java.util.Optional<String> sessionTimeoutProblem(Duration sessionTimeout) {
        return sessionTimeout.compareTo(MIN_SESSION_TIMEOUT) < 0
                ? java.util.Optional.of("is shorter than the 6 s a broker accepts (group.min.session.timeout.ms)")
                : java.util.Optional.empty();
    }

    /** Stops at a session timeout a broker would refuse, naming its variable. */
    public static void sessionTimeout(Duration sessionTimeout) {
        sessionTimeoutProblem(sessionTimeout).ifPresent(why -> {
            throw new SettingsException(SettingsSource.variable("session-timeout") + ": " + sessionTimeout + " " + why);
        });
    }

    /** Stops at a number that is no TCP port (0 picks a free one), naming the setting's variable. */
    public static void port(String key, int port) {
        if (port < 0 || port > 65535) {
            throw new SettingsException(SettingsSource.variable(key) + ": " + port + " is no port");
        }
    }
}
