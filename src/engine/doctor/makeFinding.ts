import { doctorRule } from '../../data/doctorRules';
import type { Localized } from '../../data/localized';
import type { Position } from '../findings';
import type { InputFormat } from './readInputs';
import type { DoctorFinding, DoctorRoleType } from './types';

/** What a check knows about one finding; the rest (kind, severity, errors, page) comes from the rule's data. */
export interface FindingFacts {
  at: Position;
  role: string;
  roleType: DoctorRoleType;
  message: Localized;
  fix: Localized;
  change?: string;
  /** The rule's errors and page narrowed to this finding's role type, where the rule spans several. */
  errorIds?: string[];
  page?: string;
}

export function makeFinding(ruleId: string, facts: FindingFacts): DoctorFinding {
  const rule = doctorRule(ruleId);
  return {
    rule: rule.id,
    kind: rule.kind,
    severity: rule.severity,
    file: facts.at.file ?? '',
    line: facts.at.line,
    role: facts.role,
    roleType: facts.roleType,
    message: facts.message,
    fix: facts.fix,
    ...(facts.change ? { change: facts.change } : {}),
    errorIds: facts.errorIds ?? rule.errorIds,
    page: facts.page ?? rule.page,
    example: rule.goodExample,
  };
}

export interface StatementToAdd {
  Effect: 'Allow';
  /** For a trust or resource policy. */
  Principal?: { Service: string } | { AWS: string };
  Action: string[];
  /** Omitted in a resource policy, which applies to the resource that holds it. */
  Resource?: string | string[];
  Condition?: Record<string, Record<string, string | string[]>>;
}

/** A statement written the way the reader's file writes policies: YAML, JSON, or HCL (jsonencode). */
export function renderStatement(format: InputFormat | undefined, statement: StatementToAdd): string {
  if (format === 'cloudformation-yaml') {
    const lines = ['- Effect: Allow'];
    if (statement.Principal) lines.push('  Principal:', ...Object.entries(statement.Principal).map(([k, v]) => `    ${k}: ${yamlScalar(v)}`));
    lines.push('  Action:', ...statement.Action.map((a) => `    - ${a}`));
    const resources = statement.Resource === undefined ? [] : Array.isArray(statement.Resource) ? statement.Resource : [statement.Resource];
    if (resources.length === 1) lines.push(`  Resource: ${yamlScalar(resources[0])}`);
    else if (resources.length > 1) lines.push('  Resource:', ...resources.map((r) => `    - ${yamlScalar(r)}`));
    if (statement.Condition) {
      lines.push('  Condition:');
      for (const [operator, keys] of Object.entries(statement.Condition)) {
        lines.push(`    ${operator}:`);
        for (const [key, value] of Object.entries(keys)) lines.push(`      ${key}: ${Array.isArray(value) ? `[${value.map(yamlScalar).join(', ')}]` : yamlScalar(value)}`);
      }
    }
    return lines.join('\n');
  }
  if (format === 'terraform') {
    const list = (v: string | string[]) => (Array.isArray(v) ? `[${v.map((x) => JSON.stringify(x)).join(', ')}]` : JSON.stringify(v));
    const lines = ['{', '  Effect   = "Allow"'];
    if (statement.Principal) lines.push(`  Principal = { ${Object.entries(statement.Principal).map(([k, v]) => `${k} = ${JSON.stringify(v)}`).join(', ')} }`);
    lines.push(`  Action   = ${list(statement.Action)}`);
    if (statement.Resource !== undefined) lines.push(`  Resource = ${list(statement.Resource)}`);
    if (statement.Condition) {
      lines.push('  Condition = {');
      for (const [operator, keys] of Object.entries(statement.Condition)) {
        lines.push(`    ${operator} = {`, ...Object.entries(keys).map(([k, v]) => `      "${k}" = ${list(v)}`), '    }');
      }
      lines.push('  }');
    }
    lines.push('}');
    return lines.join('\n');
  }
  return JSON.stringify(statement, null, 2);
}

// Quote what YAML would read as something other than a plain string.
function yamlScalar(value: string): string {
  return /^[\w./:$@-][\w./:$@*\[\]-]*$/.test(value) && !/^(true|false|null|yes|no|on|off|\d+)$/i.test(value) && !value.startsWith('*') ? value : JSON.stringify(value);
}
