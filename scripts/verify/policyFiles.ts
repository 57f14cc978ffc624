import type { Finding } from '../../src/engine/findings';
import { isJsonSyntaxError, parseJsonSource } from '../../src/engine/jsonSource';
import { lintPolicyDocument } from '../../src/engine/policy/lintPolicyDocument';
import type { PolicyKind } from '../../src/engine/policy/policyKinds';

/** Checks one IAM policy JSON file: syntax, the grammar of its kind, actions and principals. */
export async function checkPolicyFile(file: string, text: string, kind: PolicyKind): Promise<Finding[]> {
  const parsed = parseJsonSource(text);
  if (isJsonSyntaxError(parsed)) return [{ file, ...parsed.position, rule: 'json/syntax', message: parsed.message }];
  const problems = await lintPolicyDocument(parsed.value, kind);
  return problems.map((p) => ({ file, ...parsed.locate(p.path), rule: p.rule, message: p.message }));
}

/** Checks a JSON file that is not a policy (a task definition): it must at least parse. */
export function checkJsonSyntax(file: string, text: string): Finding[] {
  const parsed = parseJsonSource(text);
  return isJsonSyntaxError(parsed) ? [{ file, ...parsed.position, rule: 'json/syntax', message: parsed.message }] : [];
}
