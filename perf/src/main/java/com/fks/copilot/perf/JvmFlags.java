package com.fks.copilot.perf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JVM flags Chronicle and Agrona need, as the build filtered them from the root pom property
 * {@code copilot.jvm.flags} into the classpath resource {@code copilot-jvm.flags} (gateway-netty).
 * JMH forks get them appended; mains that use Chronicle in-process check they were started with them.
 */
public final class JvmFlags {
    static final String RESOURCE = "copilot-jvm.flags";

    private JvmFlags() {
    }

    /** The flags, one array element per flag. */
    public static String[] load() {
        try (InputStream in = JvmFlags.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath (is gateway-netty built?)");
            }
            String line = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            if (line.isEmpty() || line.contains("${")) {
                throw new IllegalStateException(RESOURCE + " was not filtered by the build: " + line);
            }
            return line.split("\\s+");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails fast, naming the flags, when this JVM was started without them (Chronicle would fail later and obscurely). */
    public static void requireApplied() {
        Module self = JvmFlags.class.getModule();
        if (!Object.class.getModule().isOpen("java.lang", self)
                || !Object.class.getModule().isExported("sun.nio.ch", self)) {
            throw new IllegalStateException("start this JVM with the Chronicle flags: java "
                    + String.join(" ", load()) + " …");
        }
    }
}
