package kg;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Runs a Neo4j 5.26 Community DBMS in this JVM with the Bolt connector on 127.0.0.1.
 *
 * <p>Arguments: {@code --data DIR --port N [--plugins DIR] [--pagecache-mb N]}. The password comes from
 * the NEO4J_PASSWORD environment variable so it never appears in a process listing. Prints
 * {@code KG-NEO4J-STARTED <port>} once the DBMS is up; the caller confirms readiness with a real
 * Bolt query. SIGTERM/SIGINT run the shutdown hook, which closes the store cleanly.
 */
public final class Neo4jLauncher {
  private Neo4jLauncher() {}

  public static void main(String[] args) {
    try {
      run(args);
    } catch (Throwable t) {
      // Without this a failed start leaves a half-started JVM alive (Neo4j's threads are not daemons).
      fail("unexpected: " + t);
    }
  }

  private static void run(String[] args) throws InterruptedException, java.io.IOException {
    Map<String, String> opts = parse(args);
    Path data = Path.of(required(opts, "data")).toAbsolutePath();
    int port = Integer.parseInt(opts.getOrDefault("port", "7687"));
    String password = System.getenv("NEO4J_PASSWORD");
    if (password == null || password.length() < 8) {
      fail("NEO4J_PASSWORD must be set to at least 8 characters");
    }
    Files.createDirectories(data);

    DatabaseManagementServiceBuilder builder =
        new DatabaseManagementServiceBuilder(data)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(HttpConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, true)
            .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*"))
            .setConfig(GraphDatabaseSettings.transaction_timeout, java.time.Duration.ofMinutes(5))
            // A growing graph otherwise triggers replanning of the ingest statement every few documents.
            .setConfig(GraphDatabaseSettings.cypher_min_replan_interval, java.time.Duration.ofMinutes(10))
            // Without an explicit size Neo4j takes half the machine's memory for its page cache.
            .setConfig(
                GraphDatabaseSettings.pagecache_memory,
                Long.parseLong(opts.getOrDefault("pagecache-mb", "512")) * 1024 * 1024);
    String plugins = opts.get("plugins");
    if (plugins != null) {
      builder.setConfig(GraphDatabaseSettings.plugin_dir, Path.of(plugins).toAbsolutePath());
    }

    DatabaseManagementService dbms;
    try {
      dbms = builder.build();
    } catch (RuntimeException e) {
      fail(describe(e, port, data));
      return;
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("KG-NEO4J-STOPPING");
                  dbms.shutdown();
                  System.out.println("KG-NEO4J-STOPPED");
                },
                "kg-neo4j-shutdown"));

    try {
      setPassword(dbms, password);
    } catch (RuntimeException e) {
      fail("could not set the neo4j user's password: " + e.getMessage());
    }

    System.out.println("KG-NEO4J-STARTED " + port);
    System.out.flush();
    Thread.currentThread().join();
  }

  /** Sets the password on first start and follows NEO4J_PASSWORD when it changes. */
  private static void setPassword(DatabaseManagementService dbms, String password) {
    try {
      dbms.database("system")
          .executeTransactionally(
              "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
              Map.of("password", password));
    } catch (RuntimeException e) {
      // Neo4j refuses to "change" a password to the one it already has: nothing to do then.
      if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) throw e;
    }
  }

  private static String describe(Throwable e, int port, Path data) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String msg = String.valueOf(t.getMessage());
      if (msg.contains("Address already in use") || t instanceof java.net.BindException) {
        return "port " + port + " is already in use: stop what uses it, set NEO4J_PORT, or set NEO4J_URI";
      }
      if (t.getClass().getSimpleName().contains("FileLock") || msg.contains("lock")) {
        return "the store in " + data + " is locked by another Neo4j process: stop it (kg neo4j stop) or use another data folder";
      }
    }
    return "Neo4j failed to start: " + e;
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> opts = new java.util.HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) fail("unexpected argument " + args[i]);
      opts.put(args[i].substring(2), args[i + 1]);
    }
    return opts;
  }

  private static String required(Map<String, String> opts, String key) {
    String v = opts.get(key);
    if (v == null) fail("missing --" + key);
    return v;
  }

  private static void fail(String message) {
    System.err.println("KG-NEO4J-ERROR " + message);
    System.exit(1);
  }
}
