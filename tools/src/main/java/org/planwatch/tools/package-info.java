/**
 * Developer tools, apart from the deployables: {@code demo} (the whole pipeline on an in-JVM
 * broker), {@code broker} and {@code cluster} (local Kafka for trying things), {@code bench}.
 * In: the app's commands and settings; out: the {@code ./planwatch} launcher's jar. No image
 * carries this module.
 */
package org.planwatch.tools;
