package org.planwatch.bench;

import java.time.Duration;
import org.planwatch.streams.ProgressJob;

/** An instance of the progress job under measure: in this JVM, or in one of its own ({@link ChildJvmJob}). */
interface JobInstance extends AutoCloseable {
    /** Waits until it runs and holds {@code targets} between all instances, or its share. */
    void awaitReady(Duration timeout) throws Exception;

    int targetsLoaded();

    /** The error that stopped it, if one did. */
    Throwable failure();

    @Override
    void close() throws Exception;

    /** The job in this JVM. */
    static JobInstance inProcess(ProgressJob job) {
        return new JobInstance() {
            @Override
            public void awaitReady(Duration timeout) throws Exception {
                job.awaitRunning(timeout);
            }

            @Override
            public int targetsLoaded() {
                return job.targetsLoaded();
            }

            @Override
            public Throwable failure() {
                return job.failure();
            }

            @Override
            public void close() {
                job.close();
            }
        };
    }
}
