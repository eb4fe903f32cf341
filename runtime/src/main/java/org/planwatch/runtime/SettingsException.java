package org.planwatch.runtime;

/** A setting that cannot be used; the message names the setting, where it was set and why, in one line. */
public final class SettingsException extends IllegalArgumentException {
    public SettingsException(String message) {
        super(message);
    }
}
