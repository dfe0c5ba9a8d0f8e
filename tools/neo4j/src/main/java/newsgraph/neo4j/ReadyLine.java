package newsgraph.neo4j;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The single line on stdout that tells a parent process the servers accept connections, e.g.
 * {@code NEO4J_READY {"uris":["bolt://127.0.0.1:41234"],"httpUris":[],"startupMs":5230}}.
 */
final class ReadyLine {
  static final String PREFIX = "NEO4J_READY ";

  private ReadyLine() {}

  static String format(List<String> boltUris, List<String> httpUris, long startupMs, long pid) {
    return PREFIX
        + "{\"uris\":"
        + jsonArray(boltUris)
        + ",\"httpUris\":"
        + jsonArray(httpUris)
        + ",\"startupMs\":"
        + startupMs
        + ",\"pid\":"
        + pid
        + "}";
  }

  /** URIs we build contain only [a-z0-9:/.], so quoting needs no escaping. */
  private static String jsonArray(List<String> values) {
    return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(",", "[", "]"));
  }
}
