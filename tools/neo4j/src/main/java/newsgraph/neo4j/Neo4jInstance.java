package newsgraph.neo4j;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/** One in-process Neo4j Community DBMS with its own home directory and Bolt port. */
final class Neo4jInstance {
  /** Tests run two of these on a 2-core box, so every cache is kept small. */
  private static final long PAGE_CACHE_BYTES = ByteUnit.mebiBytes(64);

  private static final long TX_LOG_ROTATION_BYTES = ByteUnit.mebiBytes(4);
  /** Netty's defaults (a quiet period, then up to 15 s) made every stop take over 10 s. */
  private static final Duration BOLT_SHUTDOWN_TIMEOUT = Duration.ofSeconds(2);

  private static final String LOOPBACK = "127.0.0.1";

  private final DatabaseManagementService dbms;
  private final Path home;
  private final String boltUri;
  private final Optional<String> httpUri;

  private Neo4jInstance(
      DatabaseManagementService dbms, Path home, String boltUri, Optional<String> httpUri) {
    this.dbms = dbms;
    this.home = home;
    this.boltUri = boltUri;
    this.httpUri = httpUri;
  }

  static Neo4jInstance start(
      Path home, int boltPort, Optional<Integer> httpPort, Optional<String> password) {
    var builder =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(GraphDatabaseSettings.pagecache_memory, PAGE_CACHE_BYTES)
            .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, TX_LOG_ROTATION_BYTES)
            .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
            .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
            .setConfig(GraphDatabaseSettings.udc_enabled, false)
            .setConfig(GraphDatabaseSettings.filewatcher_enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, password.isPresent())
            .setConfig(GraphDatabaseSettings.auth_minimum_password_length, 1)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, boltPort))
            .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
            .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
            .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, BOLT_SHUTDOWN_TIMEOUT)
            .setConfig(HttpConnector.enabled, httpPort.isPresent())
            .setConfig(HttpConnector.listen_address, new SocketAddress(LOOPBACK, httpPort.orElse(0)))
            .setConfig(GraphDatabaseSettings.default_advertised_address, new SocketAddress(LOOPBACK));
    // neo4j:// routing hands out the advertised address; with port 0 the real one is only known
    // after binding, so such instances are for bolt:// (which the ready line prints) only.
    if (boltPort != 0) {
      builder.setConfig(BoltConnector.advertised_address, new SocketAddress(LOOPBACK, boltPort));
    }
    httpPort
        .filter(port -> port != 0)
        .ifPresent(
            port -> builder.setConfig(HttpConnector.advertised_address, new SocketAddress(LOOPBACK, port)));
    DatabaseManagementService dbms = builder.build();
    try {
      password.ifPresent(pw -> setPassword(dbms, pw));
      ConnectorPortRegister ports = portRegister(dbms);
      String bolt = "bolt://" + LOOPBACK + ":" + ports.getLocalAddress(ConnectorType.BOLT).getPort();
      Optional<String> http =
          httpPort.map(
              unused -> {
                var address = ports.getLocalAddress(ConnectorType.HTTP);
                if (address == null) {
                  throw new IllegalStateException("HTTP connector was requested but did not start");
                }
                return "http://" + LOOPBACK + ":" + address.getPort();
              });
      return new Neo4jInstance(dbms, home, bolt, http);
    } catch (RuntimeException e) {
      dbms.shutdown();
      throw e;
    }
  }

  /** Embedded transactions bypass auth, so the password can be set on every start. */
  private static void setPassword(DatabaseManagementService dbms, String password) {
    dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
        .executeTransactionally(
            "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
            Map.of("password", password));
  }

  /** Port 0 means "any free port"; the register tells which one the connector really bound. */
  private static ConnectorPortRegister portRegister(DatabaseManagementService dbms) {
    var db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    return db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
  }

  Path home() {
    return home;
  }

  String boltUri() {
    return boltUri;
  }

  Optional<String> httpUri() {
    return httpUri;
  }

  void stop() {
    dbms.shutdown();
  }
}
