/** Command-line switches of `npm run bench -- …`. */
export interface BenchArgs {
  json: boolean;
  help: boolean;
  /** Skip the 10× ingest (the slowest part). */
  quick: boolean;
  neo4j: boolean;
  api: boolean;
  /** Use only the first N corpus articles for the extraction figures (development aid). */
  extractionLimit?: number;
}

export const BENCH_USAGE = `usage: npm run bench -- [--json] [--quick] [--no-neo4j] [--no-api] [--extraction-limit N]
  --json                one JSON document on stdout instead of the table
  --quick               skip the 10× ingest that shows peak memory does not grow with input
  --no-neo4j            skip everything that needs Neo4j (ingest into Neo4j, API on Neo4j, peer)
  --no-api              skip the GraphQL API figures
  --extraction-limit N  extraction figures on the first N articles only`;

/** Parse the switches; unknown ones are an error that shows the usage, not silently ignored. */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = { json: false, help: false, quick: false, neo4j: true, api: true };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    switch (arg) {
      case '--help':
      case '-h':
        args.help = true;
        break;
      case '--json':
        args.json = true;
        break;
      case '--quick':
        args.quick = true;
        break;
      case '--no-neo4j':
        args.neo4j = false;
        break;
      case '--no-api':
        args.api = false;
        break;
      case '--extraction-limit': {
        const value = Number(argv[i + 1]);
        if (!Number.isInteger(value) || value < 1) {
          throw new Error(
            `--extraction-limit expects a positive whole number, found ${argv[i + 1] ?? 'nothing'}\n${BENCH_USAGE}`,
          );
        }
        args.extractionLimit = value;
        i += 1;
        break;
      }
      default:
        throw new Error(`unknown argument ${arg}\n${BENCH_USAGE}`);
    }
  }
  return args;
}
