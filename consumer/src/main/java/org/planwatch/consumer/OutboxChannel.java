package org.planwatch.consumer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A folder standing in for a channel: one file per notice, named by its idempotency key, written
 * whole (a temporary file moved into place), so a notice sent twice is one file. A file already
 * there is never replaced: the key is unique per change, so it holds this very notice.
 */
final class OutboxChannel implements Channel {
    @Override
    public void send(Notice notice, Routing.Route route) throws IOException {
        Path folder = Path.of(route.to());
        Files.createDirectories(folder);
        String name = notice.key().replaceAll("[^A-Za-z0-9._-]", "_") + ".txt";
        Path temporary = Files.createTempFile(folder, ".notice-", ".tmp");
        Files.writeString(
                temporary,
                "To: " + notice.department() + "\nKey: " + notice.key() + "\n\n" + notice.text() + "\n",
                StandardCharsets.UTF_8);
        try {
            // without REPLACE_EXISTING (and ATOMIC_MOVE, which replaces on POSIX) a name taken fails;
            // one key comes from one partition, read by one consumer, so no other writer races it
            Files.move(temporary, folder.resolve(name));
        } catch (FileAlreadyExistsException sentBefore) {
            // the same change read again after a crash: the first copy stands
            Files.delete(temporary);
        }
    }
}
