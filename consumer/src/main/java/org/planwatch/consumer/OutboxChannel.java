package org.planwatch.consumer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A folder standing in for a channel: one file per notice, named by its idempotency key, written
 * whole (a temporary file moved into place), so a notice sent twice is one file.
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
        Files.move(
                temporary, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
