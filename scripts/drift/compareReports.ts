import type { Finding } from '../../src/engine/findings';
import type { RunReport } from '../verify/runReport';

/** What changed between two verify runs of the same commit: before and after upgrading the tools. */
export interface Drift {
  tools: { tool: string; before?: string; after?: string }[];
  /** Findings the new run has and the baseline did not (claims are compared as claims, below). */
  newFindings: Finding[];
  /** Findings of the baseline that the new run no longer reports (a mistake's expected rule gone quiet, a fixed false positive). */
  goneFindings: Finding[];
  flippedClaims: { example: string; claim: string; format: string; before: boolean; after: boolean; answer: string }[];
  managedPolicies: { arn: string; added: string[]; removed: string[]; unknown: string[] }[];
  /** CDK stacks whose synthesized template changed (information: what it changed shows up as findings or claims). */
  resynthesized: string[];
  exitCode: { before: number; after: number };
  error?: string;
}

const key = (f: Finding) => `${f.file}:${f.line}:${f.rule}`;

function allFindings(report: RunReport): Finding[] {
  const seen = new Map<string, Finding>();
  for (const f of [...report.findings, ...report.examples.flatMap((e) => e.findings)]) if (f.rule !== 'claim' && !seen.has(key(f))) seen.set(key(f), f);
  return [...seen.values()];
}

/** Compares a baseline run report with a new one. Pure: the reports in, the differences out. */
export function compareReports(before: RunReport, after: RunReport): Drift {
  const tools = [...new Set([...Object.keys(before.tools), ...Object.keys(after.tools)])]
    .filter((t) => before.tools[t] !== after.tools[t])
    .map((tool) => ({ tool, before: before.tools[tool], after: after.tools[tool] }));

  const oldFindings = allFindings(before);
  const newFindings = allFindings(after);
  const oldKeys = new Set(oldFindings.map(key));
  const newKeys = new Set(newFindings.map(key));

  const flippedClaims: Drift['flippedClaims'] = [];
  const oldClaims = new Map(before.examples.flatMap((e) => e.claims.flatMap((c) => c.formats.map((f) => [`${e.id}/${c.id}/${f.format}`, f.holds] as const))));
  for (const e of after.examples) {
    for (const c of e.claims) {
      for (const f of c.formats) {
        const was = oldClaims.get(`${e.id}/${c.id}/${f.format}`);
        if (was !== undefined && was !== f.holds) flippedClaims.push({ example: e.id, claim: c.id, format: f.format, before: was, after: f.holds, answer: f.answer });
      }
    }
  }

  const oldPolicies = new Map(before.managedPolicies.map((p) => [p.arn, p]));
  const managedPolicies = after.managedPolicies.flatMap((p) => {
    const was = oldPolicies.get(p.arn);
    const added = p.actions.filter((a) => !was?.actions.includes(a));
    const removed = (was?.actions ?? []).filter((a) => !p.actions.includes(a));
    const unknown = p.unknownActions.filter((a) => !was?.unknownActions.includes(a));
    return was && added.length + removed.length + unknown.length === 0 ? [] : [{ arn: p.arn, added: was ? added : [], removed, unknown }];
  });

  const oldTemplates = new Map(before.examples.flatMap((e) => e.files.map((f) => [f.path, f.synthesizedSha256] as const)));
  const resynthesized = after.examples.flatMap((e) => e.files.filter((f) => f.synthesizedSha256 && oldTemplates.get(f.path) && oldTemplates.get(f.path) !== f.synthesizedSha256).map((f) => f.path));

  return {
    tools,
    newFindings: newFindings.filter((f) => !oldKeys.has(key(f))),
    goneFindings: oldFindings.filter((f) => !newKeys.has(key(f))),
    flippedClaims,
    managedPolicies,
    resynthesized,
    exitCode: { before: before.exitCode, after: after.exitCode },
    ...(after.error ? { error: after.error } : {}),
  };
}

/** Whether the drift needs a person: anything but new tool versions and re-synthesized templates. */
export function needsAttention(drift: Drift): boolean {
  return drift.exitCode.after !== 0 || drift.error !== undefined || drift.newFindings.length + drift.goneFindings.length + drift.flippedClaims.length + drift.managedPolicies.length > 0;
}

/** The drift as Markdown that reads as plain text too (the workflow appends it to the job summary). */
export function formatDrift(drift: Drift): string {
  const lines: string[] = ['# Tool drift', ''];
  const section = (title: string, items: string[]) => {
    if (items.length === 0) return;
    lines.push(`## ${title}`, '', ...items.map((i) => `- ${i}`), '');
  };
  section('Tool versions', drift.tools.map((t) => `${t.tool}: ${t.before ?? 'absent'} -> ${t.after ?? 'absent'}`));
  if (drift.error) section('Verification could not run', [drift.error]);
  const unknown = drift.newFindings.filter((f) => f.rule === 'iam/unknown-action');
  const cfnLint = drift.newFindings.filter((f) => f.rule.startsWith('cfn-lint/'));
  const other = drift.newFindings.filter((f) => !unknown.includes(f) && !cfnLint.includes(f));
  const where = (f: Finding) => `${f.file}:${f.line}:${f.column}: [${f.rule}] ${f.message}`;
  section('Actions the IAM data set no longer knows', unknown.map(where));
  section('New cfn-lint findings', cfnLint.map(where));
  section('Other new findings', other.map(where));
  section('Claims that flipped', drift.flippedClaims.map((c) => `${c.example} [${c.claim}] in ${c.format}: ${c.before ? 'held' : 'failed'} -> ${c.after ? 'holds' : 'fails'} (simulator: ${c.answer})`));
  section(
    'AWS managed policies read against the new IAM data set',
    drift.managedPolicies.map((p) => [`${p.arn.split('/').pop()}:`, p.added.length ? `now also grants ${p.added.join(', ')}` : '', p.removed.length ? `no longer grants ${p.removed.join(', ')}` : '', p.unknown.length ? `names unknown actions ${p.unknown.join(', ')}` : ''].filter(Boolean).join(' ')),
  );
  section('Findings that went away', drift.goneFindings.map(where));
  section('CDK stacks that synthesize differently (see findings and claims above)', drift.resynthesized);
  lines.push(needsAttention(drift) ? `Result: drift found (verify exit code ${drift.exitCode.before} -> ${drift.exitCode.after}).` : 'Result: no drift that changes what Rolebook publishes.');
  return lines.join('\n') + '\n';
}
