package org.planwatch.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.planwatch.domain.IndicatorDictionary;
import org.planwatch.domain.RegionDictionary;
import org.planwatch.producer.FeedEncoding;
import org.planwatch.producer.FeedFormat;
import org.planwatch.producer.FeedMapping;
import org.planwatch.producer.FeedRun;
import org.planwatch.producer.FeedValidator;
import org.planwatch.producer.IngestServer;
import org.planwatch.runtime.ClusterProbe;
import org.planwatch.runtime.Shutdown;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description = {
            "Serve POST /readings for statistics bureaus that push their feeds, until Ctrl-C.",
            "",
            "The body is a feed in any format publish reads, checked and published the same way; the answer is"
                    + " JSON with the rows accepted (location, reading id) and refused (location, code, reason)."
                    + " Every request needs 'Authorization: Bearer TOKEN', the token being read from"
                    + " PLANWATCH_INGEST_TOKEN (16 characters or more)."
        })
final class IngestCommand implements Callable<Integer> {
    @Mixin
    KafkaOptions kafka;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--host",
            paramLabel = "ADDRESS",
            defaultValue = "127.0.0.1",
            description = "Address to listen on (env PLANWATCH_INGEST_HOST; default ${DEFAULT-VALUE}).")
    String host;

    @Option(
            names = "--port",
            converter = OptionValues.Port.class,
            paramLabel = "PORT",
            defaultValue = "9402",
            description =
                    "Port to listen on; 0 picks a free one (env PLANWATCH_INGEST_PORT; default ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--mapping",
            paramLabel = "TSV",
            description = "The pushing feed's codes in the catalogue's terms (field, from, to).")
    Path mapping;

    @Override
    public Integer call() throws Exception {
        String token = System.getenv("PLANWATCH_INGEST_TOKEN");
        FeedMapping codes = PublishCommand.mapping(mapping);
        String bootstrap = kafka.requireBootstrap();
        kafka.createTopics();
        FeedValidator validator = new FeedValidator(
                CatalogueCommand.load(null, spec.commandLine().getErr()),
                IndicatorDictionary.bundled(),
                RegionDictionary.bundled());
        Shutdown shutdown = new Shutdown();
        try (FeedRun run = new FeedRun(
                        FeedFormat.AUTO,
                        FeedEncoding.AUTO,
                        codes,
                        validator,
                        null,
                        bootstrap,
                        kafka.clientProperties(),
                        kafka.topics());
                ClusterProbe cluster = ClusterProbe.of(bootstrap, kafka.clientProperties());
                IngestServer server = serve(run, token, cluster)) {
            spec.commandLine().getOut().println("accepting feeds at " + server.url() + "; Ctrl-C to stop");
            spec.commandLine().getOut().flush();
            shutdown.await();
        } finally {
            shutdown.done();
        }
        return 0;
    }

    /** The endpoint started, or the user's mistake (a short token, a port in use) said in one line. */
    private IngestServer serve(FeedRun run, String token, ClusterProbe cluster) {
        try {
            return IngestServer.start(
                    run, token, host, port, cluster::problem, spec.commandLine().getErr());
        } catch (IllegalArgumentException | java.io.IOException e) {
            throw new UsageProblem(e.getMessage());
        }
    }
}
