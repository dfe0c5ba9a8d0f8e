import { Command } from 'commander';
import type { CliContext } from '../cli-context';
import { printJson } from '../cli-context';
import type { ExitCode } from '../exit-codes';
import { ExitCode as Codes } from '../exit-codes';
import type { CheckResult } from './doctor-checks';
import {
  checkConfiguration,
  checkExtractorData,
  checkNode,
  checkSchema,
  checkStore,
} from './doctor-checks';

/** `newsgraph doctor`: check the whole setup and say what to fix, without changing anything. */
export function doctorCommand(ctx: CliContext): Command {
  return new Command('doctor')
    .description('check configuration, store reachability, schema version and extractor data files')
    .option('--json', 'print {ok, checks: [{check, status, message, fix}]} as JSON on stdout')
    .action(async (options: { json?: boolean }) => {
      const checks = await runChecks(ctx);
      const ok = checks.every((c) => c.status !== 'fail');
      if (options.json) printJson(ctx, { ok, checks });
      else ctx.stdout.write(formatChecks(checks));
      ctx.setExitCode(exitCodeOf(checks));
    });
}

async function runChecks(ctx: CliContext): Promise<CheckResult[]> {
  const checks: CheckResult[] = [checkNode()];
  const { result, config } = checkConfiguration(ctx.env);
  checks.push(result);
  if (!config) {
    checks.push(
      skipped('store', 'configuration is invalid'),
      skipped('schema', 'configuration is invalid'),
    );
  } else {
    const { result: storeResult, store } = await checkStore(config);
    checks.push(storeResult);
    if (!store) checks.push(skipped('schema', 'the store was not reached'));
    else {
      try {
        checks.push(await checkSchema(store));
      } finally {
        await store.close();
      }
    }
  }
  checks.push(...checkExtractorData());
  return checks;
}

function skipped(check: string, why: string): CheckResult {
  return { check, status: 'skipped', message: `skipped: ${why}` };
}

/** The most telling failure decides: bad configuration, then an unreachable store, then any other. */
function exitCodeOf(checks: readonly CheckResult[]): ExitCode {
  const failed = checks.filter((c) => c.status === 'fail');
  if (failed.some((c) => c.code === 'CONFIG_INVALID')) return Codes.USAGE;
  if (failed.some((c) => c.code === 'STORE_UNAVAILABLE')) return Codes.STORE_UNAVAILABLE;
  return failed.length > 0 ? Codes.FAILED : Codes.OK;
}

const MARKS: Record<CheckResult['status'], string> = {
  ok: 'ok',
  warn: 'WARN',
  fail: 'FAIL',
  skipped: '--',
};

function formatChecks(checks: readonly CheckResult[]): string {
  const width = Math.max(...checks.map((c) => c.check.length));
  const lines = checks.flatMap((c) => {
    const head = `${MARKS[c.status].padEnd(4)}  ${c.check.padEnd(width)}  ${c.message.replace(/\n/g, `\n${' '.repeat(width + 8)}`)}`;
    return c.fix ? [head, `${' '.repeat(width + 8)}fix: ${c.fix}`] : [head];
  });
  const failed = checks.filter((c) => c.status === 'fail').length;
  lines.push(
    failed === 0 ? 'All checks passed.' : `${failed} check(s) failed; see the fixes above.`,
  );
  return `${lines.join('\n')}\n`;
}
