import { isTemplateSyntaxError, parseTemplate } from '../../src/engine/cloudformation/parseTemplate';
import { templatePolicies } from '../../src/engine/cloudformation/templatePolicies';
import type { Finding } from '../../src/engine/findings';
import { checkServicePrincipals } from '../../src/engine/policy/lintPolicyDocument';

/**
 * Checks the service principals in a template's policies. cfn-lint validates
 * actions (W3037) but accepts any principal, such as `ecs-task.amazonaws.com`.
 * Syntax errors are left to cfn-lint, which reports them with their line.
 */
export function checkTemplatePrincipals(file: string, text: string): Finding[] {
  const parsed = parseTemplate(text);
  if (isTemplateSyntaxError(parsed)) return [];
  return templatePolicies(parsed.value).flatMap((policy) =>
    checkServicePrincipals(policy.document).map((p) => ({ file, ...parsed.locate([...policy.path, ...p.path]), rule: p.rule, message: `${p.message} (in ${policy.source})` })),
  );
}
