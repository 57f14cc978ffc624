import { LOCALES, type Localized } from '../data/localized';
import { ROLE_TYPES, type RoleTypeId } from '../data/roleTypes';
import { isRecord } from '../engine/isRecord';
import type { Claim } from '../engine/claims/claim';
import type { JsonPath } from '../engine/jsonSource';
import { POLICY_KINDS, type PolicyKind } from '../engine/policy/policyKinds';

/** The formats a reader can pick in the tabs: four for infrastructure, and application code (SDK samples). */
export type Format = 'cloudformation' | 'terraform' | 'cdk' | 'json' | 'typescript';
export const FORMATS: readonly Format[] = ['cloudformation', 'terraform', 'cdk', 'json', 'typescript'];
/** Every recommended example comes in these, or says why a format is absent. */
export const INFRASTRUCTURE_FORMATS: readonly Format[] = ['cloudformation', 'terraform', 'cdk', 'json'];

export const FORMAT_LABELS: Record<Format, string> = {
  cloudformation: 'CloudFormation',
  terraform: 'Terraform',
  cdk: 'CDK (TypeScript)',
  json: 'JSON',
  typescript: 'TypeScript (SDK)',
};

/** What a JSON file of an example holds. */
export type JsonContent = PolicyKind | 'task-definition';

export interface ExampleFile {
  /** Relative to the example's folder. */
  path: string;
  format: Format;
  /** For JSON files: which kind of document it is, so the right grammar applies. */
  content?: JsonContent;
  /** For trust and identity JSON: the key of the role it belongs to (`roles` in example.json). */
  role?: string;
  /** For resource policy JSON: the key of the resource policy, and the ARN of the resource that holds it. */
  resource?: string;
  resourceArn?: string;
}

/** How each format names a role or resource policy that claims talk about; omit when a format has only one. */
export type FormatNames = Partial<Record<'cloudformation' | 'terraform' | 'cdk', string>> & {
  /** AWS managed policies the JSON tab tells readers to attach (`aws iam attach-role-policy`); the tab shows them. */
  jsonManagedPolicyArns?: string[];
};

/** A failure a mistake must produce: a claim that must not hold, or a lint rule that must fire. */
export interface ExpectedFailure {
  claim?: string;
  rule?: string;
  /** Formats this failure is expected in; all the mistake's formats when omitted. */
  formats?: Format[];
}

/** examples/<id>/example.json: what an example is and where it is used. */
export interface ExampleMeta {
  id: string;
  roleType: RoleTypeId;
  title: Localized;
  caption: Localized;
  files: ExampleFile[];
  /** Docs pages (without extension, relative to docs/) that show it with <Example id="..." />. */
  pages: string[];
  /** Formats left out on purpose, with the reason the page gives. */
  absentFormats?: { format: Format; reason: Localized }[];
  /** Names of the roles and resource policies that claims refer to, per format. */
  roles?: Record<string, FormatNames>;
  resourcePolicies?: Record<string, FormatNames>;
  /** What the page says the example allows and denies; each must hold in every format. */
  claims?: Claim[];
  /** Only under examples/mistakes/: exactly what goes wrong. */
  expectedFailures?: ExpectedFailure[];
}

export interface MetaProblem {
  path: JsonPath;
  message: string;
}

const EXTENSIONS: Record<Format, RegExp> = {
  cloudformation: /\.ya?ml$/,
  terraform: /\.tf$/,
  cdk: /\.ts$/,
  json: /\.json$/,
  typescript: /\.ts$/,
};

/** Checks the shape of an example.json value; the folder name must equal its id. */
export function validateExampleMeta(value: unknown, folderName: string, mistake = false): MetaProblem[] {
  const problems: MetaProblem[] = [];
  const need = (ok: boolean, path: JsonPath, message: string) => {
    if (!ok) problems.push({ path, message });
  };
  if (!isRecord(value)) return [{ path: [], message: 'example.json must be an object' }];

  need(value.id === folderName, ['id'], `"id" must be "${folderName}", the folder's name`);
  need(ROLE_TYPES.some((r) => r.id === value.roleType), ['roleType'], `"roleType" must be one of ${ROLE_TYPES.map((r) => r.id).join(', ')}`);
  for (const key of ['title', 'caption'] as const) {
    const text = value[key];
    for (const locale of LOCALES) {
      need(isRecord(text) && typeof text[locale] === 'string' && text[locale].trim() !== '', [key, locale], `"${key}.${locale}" is missing: every caption is written in Japanese and English`);
    }
  }
  if (!Array.isArray(value.files) || value.files.length === 0) {
    problems.push({ path: ['files'], message: '"files" must list at least one file' });
  } else {
    value.files.forEach((file, i) => {
      if (!isRecord(file) || typeof file.path !== 'string' || !FORMATS.includes(file.format as Format)) {
        problems.push({ path: ['files', i], message: `each file needs "path" and "format" (one of ${FORMATS.join(', ')})` });
        return;
      }
      const format = file.format as Format;
      need(EXTENSIONS[format].test(file.path), ['files', i, 'path'], `"${file.path}" does not have the extension of a ${format} file`);
      if (format === 'json') {
        const contents = [...POLICY_KINDS, 'task-definition'];
        need(contents.includes(file.content as string), ['files', i, 'content'], `a JSON file needs "content": one of ${contents.join(', ')}`);
      }
    });
  }
  need(Array.isArray(value.pages) && value.pages.every((p) => typeof p === 'string'), ['pages'], '"pages" must be a list of docs pages');
  if (value.absentFormats !== undefined) {
    const ok = Array.isArray(value.absentFormats) && value.absentFormats.every((a) => isRecord(a) && FORMATS.includes(a.format as Format) && isRecord(a.reason) && LOCALES.every((l) => typeof (a.reason as Record<string, unknown>)[l] === 'string'));
    need(ok, ['absentFormats'], '"absentFormats" entries need "format" and a "reason" in ja and en');
  }
  if (value.claims !== undefined) {
    if (!Array.isArray(value.claims)) problems.push({ path: ['claims'], message: '"claims" must be a list' });
    else {
      const ids = new Set<string>();
      value.claims.forEach((claim, i) => {
        for (const message of claimProblems(claim, ids)) problems.push({ path: ['claims', i], message });
      });
    }
  }
  if (value.expectedFailures !== undefined) {
    const ok = Array.isArray(value.expectedFailures) && value.expectedFailures.length > 0 && value.expectedFailures.every((f) => isRecord(f) && (typeof f.claim === 'string' || typeof f.rule === 'string'));
    need(ok, ['expectedFailures'], '"expectedFailures" lists at least one { "claim": id } or { "rule": "tool/rule" }');
  }
  need(mistake === (value.expectedFailures !== undefined), ['expectedFailures'], mistake ? 'a mistake must declare "expectedFailures": how it fails' : 'only examples under examples/mistakes/ declare "expectedFailures"');
  // A mistake shows one wrong snippet in the formats where it is worth showing; recommended examples come in all four.
  if (problems.length === 0 && !mistake) {
    const meta = value as unknown as ExampleMeta;
    const present = new Set(meta.files.map((f) => f.format));
    for (const format of INFRASTRUCTURE_FORMATS) {
      const absent = meta.absentFormats?.some((a) => a.format === format);
      need(present.has(format) || !!absent, ['files'], `no ${format} file: add one, or list it in "absentFormats" with the reason`);
    }
  }
  return problems;
}

function claimProblems(claim: unknown, ids: Set<string>): string[] {
  if (!isRecord(claim)) return ['a claim must be an object'];
  const out: string[] = [];
  if (typeof claim.id !== 'string' || claim.id === '') out.push('a claim needs an "id"');
  else if (ids.has(claim.id)) out.push(`claim id "${claim.id}" is used twice`);
  else ids.add(claim.id);
  const kinds = ['assume' in claim, 'action' in claim && 'role' in claim, 'resourcePolicy' in claim, 'taskDefinition' in claim].filter(Boolean).length;
  if (kinds !== 1) out.push('a claim is one of: { role, assume }, { role, action, resource }, { resourcePolicy, principal, action }, { taskDefinition }');
  if (!('taskDefinition' in claim) && claim.expect !== 'allow' && claim.expect !== 'deny') out.push('"expect" must be "allow" or "deny"');
  if ('action' in claim && 'role' in claim && typeof claim.resource !== 'string') out.push('an identity claim needs a "resource" ARN');
  if ('resourcePolicy' in claim && typeof claim.principal !== 'string' && !(isRecord(claim.principal) && claim.principal.type === 'Anonymous')) out.push('"principal" is an ARN, an account ID, a service principal, or { "type": "Anonymous" } for an unsigned request');
  return out;
}
