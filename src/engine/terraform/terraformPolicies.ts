import { locateText, type Position } from '../findings';
import { isRecord } from '../isRecord';
import type { PolicyKind } from '../policy/policyKinds';
import { evaluateHclLiteral, type TerraformConfig } from './parseTerraform';

/** A Terraform block: `resource "aws_iam_role" "task"` or `data "aws_iam_policy_document" "trust"`. */
export interface TerraformBlock {
  mode: 'resource' | 'data';
  type: string;
  name: string;
  /** `aws_iam_role.task` or `data.aws_iam_policy_document.trust`. */
  address: string;
  body: Record<string, unknown>;
  position: Position;
}

/** A policy document that a Terraform file would deploy, with where it is written. */
export interface TerraformPolicy {
  /** `aws_iam_role.task.assume_role_policy`. */
  source: string;
  kind: PolicyKind;
  document: unknown;
  position: Position;
}

// Which attribute of which resource holds which kind of policy.
const POLICY_ATTRIBUTES: Record<string, Record<string, PolicyKind>> = {
  aws_iam_role: { assume_role_policy: 'trust' },
  aws_iam_role_policy: { policy: 'identity' },
  aws_iam_policy: { policy: 'identity' },
  aws_iam_user_policy: { policy: 'identity' },
  aws_iam_group_policy: { policy: 'identity' },
  aws_ecr_repository_policy: { policy: 'resource' },
  aws_s3_bucket_policy: { policy: 'resource' },
  aws_sqs_queue_policy: { policy: 'resource' },
  aws_sns_topic_policy: { policy: 'resource' },
  aws_kms_key: { policy: 'resource' },
  aws_secretsmanager_secret_policy: { policy: 'resource' },
};

/** The address of the policy document a value refers to (`${data.aws_iam_policy_document.x.json}`), if it is one. */
export function policyDocumentReference(raw: unknown): string | undefined {
  return typeof raw === 'string' ? /^\$\{(data\.aws_iam_policy_document\.[\w-]+)\.json\}$/.exec(raw.trim())?.[1] : undefined;
}

/** Every resource and data block in a parsed file, with its line. */
export function terraformBlocks(config: TerraformConfig, text: string): TerraformBlock[] {
  const blocks: TerraformBlock[] = [];
  for (const mode of ['resource', 'data'] as const) {
    const byType = config[mode];
    if (!isRecord(byType)) continue;
    for (const [type, byName] of Object.entries(byType)) {
      if (!isRecord(byName)) continue;
      for (const [name, bodies] of Object.entries(byName)) {
        const body = Array.isArray(bodies) && isRecord(bodies[0]) ? bodies[0] : {};
        const header = new RegExp(`${mode}\\s+"${type}"\\s+"${name}"`).exec(text);
        const position = header ? locateText(text, header[0]) ?? { line: 1, column: 1 } : { line: 1, column: 1 };
        blocks.push({ mode, type, name, address: mode === 'data' ? `data.${type}.${name}` : `${type}.${name}`, body, position });
      }
    }
  }
  return blocks;
}

/**
 * Every IAM policy document in a file: heredoc JSON, `jsonencode({...})`,
 * inline_policy blocks, and `aws_iam_policy_document` data sources (followed
 * through their `.json` reference, or checked on their own when unused).
 */
export async function terraformPolicies(config: TerraformConfig, text: string): Promise<TerraformPolicy[]> {
  const blocks = terraformBlocks(config, text);
  const documents = new Map<string, unknown>();
  for (const b of blocks) if (b.mode === 'data' && b.type === 'aws_iam_policy_document') documents.set(b.address, policyDocumentToJson(b.body));

  const used = new Set<string>();
  const out: TerraformPolicy[] = [];
  const add = async (source: string, kind: PolicyKind, raw: unknown, block: TerraformBlock, attribute: string) => {
    const position = attributePosition(text, attribute, block.position.line) ?? block.position;
    const ref = policyDocumentReference(raw);
    if (ref) {
      used.add(ref);
      // The statements are written in the data block, so findings point there.
      const written = blocks.find((b) => b.address === ref);
      if (documents.has(ref)) out.push({ source: `${source} (${ref})`, kind, document: documents.get(ref), position: written?.position ?? position });
      return;
    }
    const document = await policyValue(raw);
    if (document !== undefined) out.push({ source, kind, document, position });
  };

  for (const block of blocks) {
    if (block.mode !== 'resource') continue;
    for (const [attribute, kind] of Object.entries(POLICY_ATTRIBUTES[block.type] ?? {})) {
      if (block.body[attribute] !== undefined) await add(`${block.address}.${attribute}`, kind, block.body[attribute], block, attribute);
    }
    if (block.type === 'aws_iam_role' && Array.isArray(block.body.inline_policy)) {
      for (const inline of block.body.inline_policy) {
        if (isRecord(inline) && inline.policy !== undefined) await add(`${block.address}.inline_policy`, 'identity', inline.policy, block, 'inline_policy');
      }
    }
  }
  for (const block of blocks) {
    if (block.mode === 'data' && block.type === 'aws_iam_policy_document' && !used.has(block.address)) {
      const doc = documents.get(block.address) as { Statement: Record<string, unknown>[] };
      const kind: PolicyKind = doc.Statement.some((s) => s.Principal !== undefined) ? 'resource' : 'identity';
      out.push({ source: block.address, kind, document: doc, position: block.position });
    }
  }
  return out;
}

/** Where `attribute =` (or `attribute {`) is written, at or after a block's first line. */
function attributePosition(text: string, attribute: string, fromLine: number): Position | undefined {
  const lines = text.split('\n');
  const pattern = new RegExp(`^(\\s*)${attribute}\\s*[={]`);
  for (let i = fromLine - 1; i < lines.length; i++) {
    const m = pattern.exec(lines[i]);
    if (m) return { line: i + 1, column: m[1].length + 1 };
  }
  return undefined;
}

/** A policy attribute's value as a JSON document: heredoc or quoted JSON text, or `jsonencode(...)`. */
export async function policyValue(raw: unknown): Promise<unknown> {
  if (typeof raw !== 'string') return raw;
  const text = raw.trim();
  const encoded = /^\$\{jsonencode\(([\s\S]*)\)\}$/.exec(text);
  if (encoded) return evaluateHclLiteral(encoded[1]);
  if (text.startsWith('{')) {
    try {
      return JSON.parse(text);
    } catch (error) {
      return { __invalidJson: (error as Error).message };
    }
  }
  return undefined; // a reference such as ${aws_iam_policy.x.policy}: checked where it is written
}

/** Converts an `aws_iam_policy_document` block into the IAM JSON it renders. */
export function policyDocumentToJson(body: Record<string, unknown>): Record<string, unknown> {
  const statements = Array.isArray(body.statement) ? body.statement.filter(isRecord) : [];
  return {
    Version: typeof body.version === 'string' ? body.version : '2012-10-17',
    Statement: statements.map((s) => {
      const out: Record<string, unknown> = {};
      if (typeof s.sid === 'string') out.Sid = s.sid;
      out.Effect = typeof s.effect === 'string' ? s.effect : 'Allow';
      const principals = (key: string) => {
        const list = Array.isArray(s[key]) ? (s[key] as unknown[]).filter(isRecord) : [];
        if (list.length === 0) return undefined;
        const merged: Record<string, unknown[]> = {};
        for (const p of list) {
          const type = String(p.type);
          merged[type] = [...(merged[type] ?? []), ...(Array.isArray(p.identifiers) ? p.identifiers : [])];
        }
        // `type = "*"` with `identifiers = ["*"]` renders as `"Principal": "*"` (anyone), not as a key named "*".
        if (Object.keys(merged).length === 1 && merged['*']?.length === 1 && merged['*'][0] === '*') return '*';
        return Object.fromEntries(Object.entries(merged).map(([k, v]) => [k, v.length === 1 ? v[0] : v]));
      };
      const principal = principals('principals');
      if (principal) out.Principal = principal;
      const notPrincipal = principals('not_principals');
      if (notPrincipal) out.NotPrincipal = notPrincipal;
      for (const [hcl, json] of [['actions', 'Action'], ['not_actions', 'NotAction'], ['resources', 'Resource'], ['not_resources', 'NotResource']] as const) {
        if (Array.isArray(s[hcl])) out[json] = s[hcl];
      }
      const conditions = Array.isArray(s.condition) ? s.condition.filter(isRecord) : [];
      if (conditions.length > 0) {
        const condition: Record<string, Record<string, unknown>> = {};
        for (const c of conditions) {
          const test = String(c.test);
          condition[test] = { ...(condition[test] ?? {}), [String(c.variable)]: c.values };
        }
        out.Condition = condition;
      }
      return out;
    }),
  };
}
