/**
 * Compares two `npm run verify -- --report json` outputs of the same commit,
 * before and after upgrading cfn-lint, the IAM data set and aws-cdk-lib, and
 * prints what changed (see .github/workflows/drift-watch.yml).
 *
 * Usage: tsx scripts/driftReport.ts <baseline.json> <latest.json>
 * Exit code 0: nothing but tool versions changed; 1: drift a person must look at; 2: unreadable input.
 */
import { readFileSync } from 'node:fs';
import { compareReports, formatDrift, needsAttention } from './drift/compareReports';
import type { RunReport } from './verify/runReport';

function read(path: string): RunReport {
  const text = readFileSync(path, 'utf8');
  if (text.trim() === '') throw new Error(`${path} is empty: verify stopped before it printed its report (see that step's log)`);
  const value = JSON.parse(text) as Partial<RunReport>;
  if (value.schema !== 'rolebook-verify-run/1') throw new Error(`${path} is not a verify run report (schema ${String(value.schema)})`);
  // A run that could not start its tools (exit code 2) reports an error and no examples.
  return { examples: [], findings: [], managedPolicies: [], tools: {}, ...value } as RunReport;
}

const [baseline, latest] = process.argv.slice(2);
if (!baseline || !latest) {
  console.error('usage: tsx scripts/driftReport.ts <baseline.json> <latest.json>');
  process.exit(2);
}
try {
  const drift = compareReports(read(baseline), read(latest));
  process.stdout.write(formatDrift(drift));
  process.exit(needsAttention(drift) ? 1 : 0);
} catch (error) {
  console.error(`driftReport: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
