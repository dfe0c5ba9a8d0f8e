package newsgraph.neo4j;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The single line on stdout that tells a parent process the servers accept connections, e.g.
 * {@code NEO4J_READY {"uris":["bolt://127.0.0.1:41234"],"httpUris":[],"dataDirs":["/tmp/x"],
 * "startupMs":5230,"pid":42}}.
 */
final class ReadyLine {
  static final String PREFIX = "NEO4J_READY ";

  private ReadyLine() {}

  static String format(
      List<String> boltUris, List<String> httpUris, List<String> dataDirs, long startupMs, long pid) {
    return PREFIX
        + "{\"uris\":"
        + jsonArray(boltUris)
        + ",\"httpUris\":"
        + jsonArray(httpUris)
        + ",\"dataDirs\":"
        + jsonArray(dataDirs)
        + ",\"startupMs\":"
        + startupMs
        + ",\"pid\":"
        + pid
        + "}";
  }

  private static String jsonArray(List<String> values) {
    return values.stream().map(ReadyLine::jsonString).collect(Collectors.joining(",", "[", "]"));
  }

  private static String jsonString(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
