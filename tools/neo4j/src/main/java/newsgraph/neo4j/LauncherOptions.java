package newsgraph.neo4j;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Command-line options of the launcher, validated eagerly so a typo fails before Neo4j starts. */
record LauncherOptions(
    Path dataDir,
    int port,
    int instances,
    boolean ephemeral,
    Optional<String> password,
    Optional<Integer> httpPort,
    boolean exitOnStdinClose) {

  static final String USAGE =
      String.join(
          "\n",
          "Usage: run.sh [options]",
          "  --data-dir DIR          where Neo4j keeps its files (default: <repo>/data/neo4j)",
          "  --port N                Bolt port (default 7687; 0 = any free port)",
          "  --instances N           start N independent servers (own data dir and port each)",
          "  --ephemeral             use a throw-away temp data dir, deleted on exit",
          "  --password PW           enable auth; user neo4j gets this password (default: auth off)",
          "  --http PORT             also enable the HTTP connector (0 = any free port)",
          "  --exit-on-stdin-close   stop when standard input closes (for test runners)",
          "  --help                  print this text");

  /** Thrown for a bad command line; the message says what was expected. */
  static final class UsageException extends Exception {
    UsageException(String message) {
      super(message);
    }
  }

  static LauncherOptions parse(String[] args, Path defaultDataDir) throws UsageException {
    Path dataDir = defaultDataDir;
    int port = 7687;
    int instances = 1;
    boolean ephemeral = false;
    Optional<String> password = Optional.empty();
    Optional<Integer> httpPort = Optional.empty();
    boolean exitOnStdinClose = false;
    List<String> rest = new ArrayList<>(List.of(args));
    while (!rest.isEmpty()) {
      String flag = rest.remove(0);
      switch (flag) {
        case "--data-dir" -> dataDir = Path.of(value(flag, rest)).toAbsolutePath().normalize();
        case "--port" -> port = portNumber(flag, value(flag, rest));
        case "--instances" -> instances = positive(flag, value(flag, rest));
        case "--ephemeral" -> ephemeral = true;
        case "--password" -> password = Optional.of(nonEmpty(flag, value(flag, rest)));
        case "--http" -> httpPort = Optional.of(portNumber(flag, value(flag, rest)));
        case "--exit-on-stdin-close" -> exitOnStdinClose = true;
        case "--help", "-h" -> throw new UsageException(USAGE);
        default -> throw new UsageException("unknown option " + flag + "\n" + USAGE);
      }
    }
    return new LauncherOptions(
        dataDir, port, instances, ephemeral, password, httpPort, exitOnStdinClose);
  }

  private static String value(String flag, List<String> rest) throws UsageException {
    if (rest.isEmpty()) {
      throw new UsageException(flag + " expects a value, found nothing");
    }
    return rest.remove(0);
  }

  private static int portNumber(String flag, String text) throws UsageException {
    int port = integer(flag, text);
    if (port < 0 || port > 65535) {
      throw new UsageException(flag + " expects a port 0-65535, found " + text);
    }
    return port;
  }

  private static int positive(String flag, String text) throws UsageException {
    int n = integer(flag, text);
    if (n < 1 || n > 16) {
      throw new UsageException(flag + " expects 1-16, found " + text);
    }
    return n;
  }

  private static int integer(String flag, String text) throws UsageException {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new UsageException(flag + " expects a whole number, found " + text);
    }
  }

  private static String nonEmpty(String flag, String text) throws UsageException {
    if (text.isEmpty()) {
      throw new UsageException(flag + " expects a non-empty value");
    }
    return text;
  }
}
