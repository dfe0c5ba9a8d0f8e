package newsgraph.neo4j;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import sun.misc.Signal;

/**
 * Starts one or more in-process Neo4j Community servers for development and tests, prints one
 * {@link ReadyLine} to stdout and keeps them running until SIGTERM/SIGINT (or stdin closes, when
 * asked). Everything else goes to stderr so a parent can read stdout line by line.
 */
public final class Launcher {
  private static final int EXIT_USAGE = 2;
  private static final int EXIT_START_FAILED = 1;

  private Launcher() {}

  public static void main(String[] args) {
    // Keep stdout for the ready line alone: any library that prints goes to stderr instead.
    PrintStream readyOut = System.out;
    System.setOut(System.err);

    LauncherOptions options;
    try {
      options = LauncherOptions.parse(args, defaultDataDir());
    } catch (LauncherOptions.UsageException e) {
      System.err.println(e.getMessage());
      System.exit(e.getMessage().equals(LauncherOptions.USAGE) ? 0 : EXIT_USAGE);
      return;
    }

    List<Neo4jInstance> running = new ArrayList<>();
    Path base;
    try {
      base = options.ephemeral() ? Files.createTempDirectory("newsgraph-neo4j-") : options.dataDir();
    } catch (IOException e) {
      System.err.println("neo4j-launcher: cannot create a temp data dir: " + e);
      System.exit(EXIT_START_FAILED);
      return;
    }
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> stopAll(running, options.ephemeral() ? base : null)));
    // Java's default for SIGTERM/SIGINT is exit status 143/130; a requested stop is a clean one.
    Signal.handle(new Signal("TERM"), signal -> exitInNewThread(0));
    Signal.handle(new Signal("INT"), signal -> exitInNewThread(0));

    try {
      running.addAll(startAll(options, base));
    } catch (RuntimeException e) {
      System.err.println("neo4j-launcher: Neo4j failed to start: " + rootMessage(e));
      e.printStackTrace(System.err);
      System.exit(EXIT_START_FAILED);
      return;
    }
    long startupMs = ManagementFactory.getRuntimeMXBean().getUptime();
    List<String> bolt = running.stream().map(Neo4jInstance::boltUri).toList();
    List<String> http = running.stream().flatMap(i -> i.httpUri().stream()).toList();
    List<String> dirs = running.stream().map(i -> i.home().toString()).toList();
    readyOut.println(ReadyLine.format(bolt, http, dirs, startupMs, ProcessHandle.current().pid()));
    readyOut.flush();
    System.err.println("neo4j-launcher: ready in " + startupMs + " ms: " + String.join(" ", bolt));

    if (options.exitOnStdinClose()) {
      exitWhenStdinCloses();
    }
  }

  private static List<Neo4jInstance> startAll(LauncherOptions options, Path base) {
    List<CompletableFuture<Neo4jInstance>> starting = new ArrayList<>();
    for (int i = 0; i < options.instances(); i++) {
      int index = i;
      Path home = options.instances() == 1 ? base : base.resolve("instance-" + (index + 1));
      // A fixed port P gives instances P, P+1, ...; port 0 lets each bind any free port.
      int port = options.port() == 0 ? 0 : options.port() + index;
      Optional<Integer> http = options.httpPort().map(p -> p == 0 ? 0 : p + index);
      starting.add(
          CompletableFuture.supplyAsync(() -> Neo4jInstance.start(home, port, http, options.password())));
    }
    List<Neo4jInstance> started = new ArrayList<>();
    RuntimeException failure = null;
    for (CompletableFuture<Neo4jInstance> future : starting) {
      try {
        started.add(future.join());
      } catch (RuntimeException e) {
        failure = failure == null ? e : failure;
      }
    }
    if (failure != null) {
      started.forEach(Neo4jInstance::stop);
      throw failure;
    }
    return started;
  }

  /** Instances are independent, so they stop side by side rather than one after another. */
  private static void stopAll(List<Neo4jInstance> running, Path ephemeralDir) {
    List<CompletableFuture<Void>> stopping =
        running.stream().map(instance -> CompletableFuture.runAsync(instance::stop)).toList();
    for (CompletableFuture<Void> future : stopping) {
      try {
        future.join();
      } catch (RuntimeException e) {
        System.err.println("neo4j-launcher: error while stopping: " + rootMessage(e));
      }
    }
    if (ephemeralDir != null) {
      deleteRecursively(ephemeralDir);
    }
  }

  /** A daemon thread, so a parent that dies (and closes our stdin) never leaves us behind. */
  private static void exitWhenStdinCloses() {
    Thread watcher =
        new Thread(
            () -> {
              byte[] buffer = new byte[256];
              try {
                while (System.in.read(buffer) != -1) {
                  // Input is ignored; only its end matters.
                }
              } catch (IOException e) {
                // A broken stdin means the parent is gone, the same as end of input.
              }
              System.err.println("neo4j-launcher: stdin closed, stopping");
              System.exit(0);
            },
            "stdin-watcher");
    watcher.setDaemon(true);
    watcher.start();
  }

  /** System.exit must not run on the signal thread, which the shutdown would then wait for. */
  private static void exitInNewThread(int status) {
    new Thread(() -> System.exit(status), "signal-exit").start();
  }

  private static Path defaultDataDir() {
    String repoRoot = System.getProperty("newsgraph.repoRoot", ".");
    return Path.of(repoRoot, "data", "neo4j").toAbsolutePath().normalize();
  }

  private static void deleteRecursively(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      System.err.println("neo4j-launcher: could not delete " + dir + ": " + e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }
}
