package org.planwatch.broker;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands tests a real in-JVM broker: one per test JVM, started on first use and closed when the
 * run ends. Tests that share it use topic names of their own. Other modules get this class from
 * the broker module's test jar.
 */
public final class EmbeddedKafkaExtension implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(EmbeddedKafkaExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == EmbeddedKafkaBroker.class;
    }

    @Override
    public EmbeddedKafkaBroker resolveParameter(ParameterContext parameter, ExtensionContext context) {
        // Stored in the root context: closed (it is AutoCloseable) after the last test of the run.
        return context.getRoot()
                .getStore(NAMESPACE)
                .computeIfAbsent("broker", key -> EmbeddedKafkaBroker.start(), EmbeddedKafkaBroker.class);
    }
}
