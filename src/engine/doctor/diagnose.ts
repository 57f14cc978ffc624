import { EXAMPLE_ENVIRONMENT } from '../model/deployment';
import { prefetchIamData } from '../simulation/prefetchIamData';
import { checkBreadth } from './checks/breadth';
import { checkContext, type Check } from './checks/context';
import { checkImagePolicies } from './checks/imagePolicy';
import { checkPassRole } from './checks/passRole';
import { checkApplicationPermissions, checkPermissions } from './checks/permissions';
import { checkRoleWiring } from './checks/roles';
import { checkConfusedDeputy, checkTrust } from './checks/trust';
import { readInputs } from './readInputs';
import { roleUses } from './roleUses';
import type { DoctorFinding, DoctorInput, DoctorReport, DoctorRole } from './types';

const CHECKS: Check[] = [checkRoleWiring, checkTrust, checkPermissions, checkApplicationPermissions, checkPassRole, checkImagePolicies, checkConfusedDeputy, checkBreadth];

/**
 * The role doctor: reads a reader's own templates (CloudFormation, SAM, CDK
 * output, Terraform, ECS task definitions), works out what each role is used
 * as, and names each permission on the wrong role, missing or too broad.
 * Pure: text in, findings out; no network, no AWS account.
 */
export async function diagnose(inputs: DoctorInput[]): Promise<DoctorReport> {
  const { own, toReader } = readersAccount(inputs);
  const normalized = inputs.map((i) => ({ ...i, text: own ? i.text.split(own).join(EXAMPLE_ENVIRONMENT.accountId) : i.text }));
  const [{ deployment, problems, formatOf }] = await Promise.all([readInputs(normalized), prefetchIamData(normalized.map((i) => i.text))]);
  const uses = roleUses(deployment);
  const context = checkContext(deployment, uses, formatOf);
  const findings: DoctorFinding[] = [];
  for (const check of CHECKS) findings.push(...(await check(context)));

  const roles: DoctorRole[] = deployment.roles.map((r) => ({ name: r.name, file: r.position.file ?? '', line: r.position.line, known: true, roleTypes: [...new Set(uses.filter((u) => u.roleArn === r.arn).map((u) => u.roleType))] }));
  // Roles that are only referenced (an imported ARN, a variable) are listed as unknown, not guessed at.
  for (const use of uses) {
    if (deployment.roles.some((r) => r.arn === use.roleArn)) continue;
    const name = use.roleArn.includes('<unresolved>') ? `${use.by} (${use.roleType})` : use.roleArn;
    const listed = roles.find((r) => r.name === name);
    if (listed) {
      if (!listed.roleTypes.includes(use.roleType)) listed.roleTypes.push(use.roleType);
    } else roles.push({ name, file: use.position.file ?? '', line: use.position.line, known: false, roleTypes: [use.roleType] });
  }
  const ordered = dedupe(findings).sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.rule.localeCompare(b.rule));
  return { findings: ordered.map((f) => toReader(f)), problems, roles: roles.map((r) => ({ ...r, name: toReaderText(r.name, own) })) };
}

function dedupe(findings: DoctorFinding[]): DoctorFinding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.rule}|${f.file}|${f.line}|${f.role}|${f.message.en}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A template resolves `AWS::AccountId` to the example account, while the
 * reader's literal ARNs carry their own: the account most of the input's ARNs
 * name, in an input that never names its own account (CDK output with an
 * env, a described task definition, literal ARNs), is read as the example account (same length, so lines and columns stay)
 * and written back in what the reader sees.
 */
function readersAccount(inputs: DoctorInput[]): { own?: string; toReader: (f: DoctorFinding) => DoctorFinding } {
  // Where the input names its own account through AWS::AccountId or aws_caller_identity, literal IDs are other accounts.
  if (inputs.some((i) => /AWS::AccountId|aws_caller_identity/.test(i.text))) return { toReader: (f) => f };
  const counts = new Map<string, number>();
  for (const input of inputs) {
    for (const m of input.text.matchAll(/(?:arn:aws[\w-]*:[\w-]*:[\w-]*:|^|[^\d])(\d{12})(?:\.dkr\.ecr|:|$)/gm)) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  }
  const [own] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!own || own === EXAMPLE_ENVIRONMENT.accountId || inputs.some((i) => i.text.includes(EXAMPLE_ENVIRONMENT.accountId))) return { toReader: (f) => f };
  const back = (s: string) => toReaderText(s, own);
  return { own, toReader: (f) => ({ ...f, message: { ja: back(f.message.ja), en: back(f.message.en) }, fix: { ja: back(f.fix.ja), en: back(f.fix.en) }, ...(f.change ? { change: back(f.change) } : {}), role: back(f.role) }) };
}

function toReaderText(text: string, own: string | undefined): string {
  return own ? text.split(EXAMPLE_ENVIRONMENT.accountId).join(own) : text;
}
