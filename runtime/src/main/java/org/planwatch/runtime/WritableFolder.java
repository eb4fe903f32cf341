package org.planwatch.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A folder a deployable must write in (its state, an outbox), made and checked at start rather than at first use. */
public final class WritableFolder {
    private WritableFolder() {}

    /**
     * Makes {@code dir} where it is missing and checks that it may be written.
     *
     * @param cannot what cannot be done, for the message: "cannot keep the job's state in"
     * @param advice what to do instead, appended to the message (may be empty)
     * @throws SettingsException naming the folder and why
     */
    public static Path require(Path dir, String cannot, String advice) {
        try {
            Files.createDirectories(dir);
        } catch (IOException | SecurityException e) {
            throw new SettingsException(cannot + " " + dir + " (" + e + ")" + advice);
        }
        if (!Files.isWritable(dir)) {
            throw new SettingsException(cannot + " " + dir + ": not writable" + advice);
        }
        return dir;
    }
}
