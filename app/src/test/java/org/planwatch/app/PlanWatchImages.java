package org.planwatch.app;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The container images the build produces, one per deployable, and the command each one runs by
 * default. Names come from the system properties {@code planwatch.image.producer}, {@code
 * planwatch.image.streams} and {@code planwatch.image.consumer} (set by the build from the
 * properties Jib uses), else {@code planwatch/producer}, {@code planwatch/streams}, {@code
 * planwatch/consumer}. A tag in a property is ignored: images are compared by name.
 */
final class PlanWatchImages {
    static final List<String> DEPLOYABLES = List.of("producer", "streams", "consumer");

    /**
     * What each image runs with no arguments: its deployable's App; the producer's runs ingest, and
     * takes the job as the command line names it (publish, catalogue publish); the streams and
     * consumer images take no arguments.
     */
    private static final Map<String, String> DEFAULT_COMMAND =
            Map.of("producer", "ingest", "streams", "streams", "consumer", "consumer");

    /** The images whose entry point is a deployable's App, configured by the environment only. */
    private static final java.util.Set<String> TAKES_NO_ARGUMENTS = java.util.Set.of("streams", "consumer");

    /** Which image holds the code of each planwatch subcommand that runs as a service or job. */
    private static final Map<String, String> DEPLOYABLE_OF_COMMAND = Map.of(
            "ingest", "producer",
            "publish", "producer",
            "catalogue", "producer",
            "streams", "streams",
            "consumer", "consumer");

    private PlanWatchImages() {}

    /** The image name (no tag) of a deployable. */
    static String name(String deployable) {
        return withoutTag(System.getProperty("planwatch.image." + deployable, "planwatch/" + deployable));
    }

    /** deployable -> image name, for every deployable. */
    static Map<String, String> names() {
        return Map.of("producer", name("producer"), "streams", name("streams"), "consumer", name("consumer"));
    }

    /** The deployable whose image this reference names, if any. */
    static Optional<String> deployableOf(String imageRef) {
        String name = withoutTag(imageRef);
        return DEPLOYABLES.stream().filter(d -> name(d).equals(name)).findFirst();
    }

    /** The planwatch subcommand the image runs when no arguments are given. */
    static String defaultCommand(String deployable) {
        return DEFAULT_COMMAND.get(deployable);
    }

    /** Whether the deployable's image runs its App, which refuses arguments (its settings are the environment's). */
    static boolean takesNoArguments(String deployable) {
        return TAKES_NO_ARGUMENTS.contains(deployable);
    }

    /** The deployable whose image runs a planwatch subcommand, if it is one that runs deployed. */
    static Optional<String> deployableRunning(String command) {
        return Optional.ofNullable(DEPLOYABLE_OF_COMMAND.get(command));
    }

    /** {@code registry:5000/planwatch/streams:1.0@sha256:...} -> {@code registry:5000/planwatch/streams}. */
    static String withoutTag(String imageRef) {
        String ref = imageRef.contains("@") ? imageRef.substring(0, imageRef.indexOf('@')) : imageRef;
        int colon = ref.indexOf(':', ref.lastIndexOf('/') + 1);
        return colon < 0 ? ref : ref.substring(0, colon);
    }

    /** The tag of an image reference, empty when it has none. */
    static String tag(String imageRef) {
        String ref = imageRef.contains("@") ? imageRef.substring(0, imageRef.indexOf('@')) : imageRef;
        int colon = ref.indexOf(':', ref.lastIndexOf('/') + 1);
        return colon < 0 ? "" : ref.substring(colon + 1);
    }
}
