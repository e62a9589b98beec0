package com.fks.copilot.journal.db;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for tests: the machine's binaries (Debian's postgresql package, see
 * ../shared/TOOLING.md) running a fresh cluster in a temp dir on a free loopback port. PostgreSQL
 * refuses to run as root, so as root the cluster belongs to the {@code postgres} user.
 */
public final class LocalPostgres implements AutoCloseable {
    private static final java.util.concurrent.atomic.AtomicInteger DATABASES = new java.util.concurrent.atomic.AtomicInteger();
    private final Path bin;
    private final Path dir;
    private final int port;
    private final boolean asPostgresUser;

    private LocalPostgres(Path bin, Path dir, int port, boolean asPostgresUser) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    public static LocalPostgres start() throws IOException, InterruptedException {
        Path bin = binaries();
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory("fks-postgres-");
        if (root) {
            run(List.of("chown", "postgres:postgres", dir.toString()));
        }
        LocalPostgres postgres = new LocalPostgres(bin, dir, freePort(), root);
        postgres.pg("initdb", "-D", postgres.data(), "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8");
        postgres.resume();
        return postgres;
    }

    /** Starts the server again on the same port and data (after {@link #stop()}). */
    public void resume() throws IOException, InterruptedException {
        pg("pg_ctl", "-D", data(), "-l", dir.resolve("log.txt").toString(), "-w", "-t", "30", "-o",
                "-p " + port + " -c listen_addresses=127.0.0.1 -k " + dir + " -c fsync=off", "start");
    }

    /** Stops the server (fast shutdown: open connections are cut, as when the database goes away). */
    public void stop() throws IOException, InterruptedException {
        pg("pg_ctl", "-D", data(), "-m", "fast", "-w", "stop");
    }

    public DbSettings settings() {
        return new DbSettings(jdbcUrl(), "postgres", "");
    }

    /** Creates a new, empty database on this server and returns where it is. */
    public DbSettings freshDatabase() throws java.sql.SQLException {
        String name = "test_" + DATABASES.incrementAndGet();
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(jdbcUrl(), "postgres", "");
             java.sql.Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return new DbSettings(jdbcUrl().replace("/postgres", "/" + name), "postgres", "");
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    private String data() {
        return dir.resolve("data").toString();
    }

    private void pg(String tool, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (asPostgresUser) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(tool).toString());
        command.addAll(List.of(args));
        run(command);
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed:\n" + output);
        }
    }

    private static Path binaries() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(root)) {
            try (Stream<Path> versions = Files.list(root)) {
                Path newest = versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("pg_ctl")))
                        .max(Comparator.comparingInt(b -> Integer.parseInt(b.getParent().getFileName().toString())))
                        .orElse(null);
                if (newest != null) {
                    return newest;
                }
            }
        }
        throw new IOException("PostgreSQL server binaries not found under /usr/lib/postgresql:"
                + " install the postgresql package (scripts/test does it)");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            stop();
        } catch (IOException alreadyStopped) {
            // a test may have stopped it
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
