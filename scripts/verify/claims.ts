import { isAnonymous, type Claim } from '../../src/engine/claims/claim';
import { evaluateClaim, type ClaimResult } from '../../src/engine/claims/evaluateClaim';
import type { Finding } from '../../src/engine/findings';
import type { Format } from '../../src/examples/exampleMeta';
import type { FormatDeployment } from './deployments';

export interface ClaimOutcome {
  claim: Claim;
  /** Per format: whether the claim held, and the simulator's answer. */
  formats: { format: Format; file: string; result: ClaimResult }[];
}

/**
 * Evaluates every claim in every format. A claim that fails in one format is
 * reported there with what the simulator answered and why, and with the
 * formats where it does hold, so a tab that disagrees names both files.
 */
export async function checkClaims(claims: Claim[], deployments: FormatDeployment[]): Promise<{ outcomes: ClaimOutcome[]; findings: Finding[] }> {
  const outcomes: ClaimOutcome[] = [];
  const findings: Finding[] = [];
  for (const claim of claims) {
    const outcome: ClaimOutcome = { claim, formats: [] };
    for (const d of deployments) {
      const result: ClaimResult = d.deployment ? await evaluateClaim(d.deployment, claim, d.names) : { holds: false, answer: 'not read', why: d.error ?? 'the file could not be read' };
      outcome.formats.push({ format: d.format, file: d.file, result });
    }
    for (const [i, f] of outcome.formats.entries()) {
      if (f.result.holds) continue;
      const d = deployments[i];
      const subject = 'role' in claim ? d.names.roles[claim.role] ?? claim.role : 'resourcePolicy' in claim ? d.names.resourcePolicies[claim.resourcePolicy] ?? claim.resourcePolicy : '';
      const others = outcome.formats.filter((o) => o.result.holds).map((o) => o.file);
      findings.push({
        file: d.format === 'json' ? d.fileOf(f.result.policyName ?? subject) : f.file,
        line: f.result.position?.line ?? 1,
        column: f.result.position?.column ?? 1,
        rule: 'claim',
        message: `${claimInWords(claim)}: the simulator answered ${f.result.answer}, because ${f.result.why}${others.length > 0 ? ` (it holds in ${others.join(', ')})` : ''}`,
      });
    }
    outcomes.push(outcome);
  }
  return { outcomes, findings };
}

/** The claim as a sentence, for failure messages (the page uses src/examples/claimText.ts). */
export function claimInWords(claim: Claim): string {
  const ctx = (c?: Record<string, string | string[]>) => (c && Object.keys(c).length > 0 ? ` with ${Object.entries(c).map(([k, v]) => `${k}=${String(v)}`).join(', ')}` : '');
  const verb = (e: 'allow' | 'deny') => (e === 'allow' ? 'may' : 'may not');
  if ('assume' in claim) return `[${claim.id}] ${claim.assume.principal} ${verb(claim.expect)} assume ${claim.role}${ctx(claim.assume.context)}`;
  if ('resourcePolicy' in claim) return `[${claim.id}] ${claim.resourcePolicy} ${claim.expect === 'allow' ? 'lets' : 'does not let'} ${isAnonymous(claim.principal) ? 'an anonymous request' : claim.principal} call ${claim.action}${claim.resource ? ` on ${claim.resource}` : ''}${ctx(claim.context)}`;
  if ('role' in claim) return `[${claim.id}] ${claim.role} ${claim.expect === 'allow' ? 'allows' : 'does not allow'} ${claim.action} on ${claim.resource}${ctx(claim.context)}`;
  return `[${claim.id}] the task definition names task role ${claim.taskDefinition.taskRole ?? 'none'} and execution role ${claim.taskDefinition.executionRole ?? 'none'}`;
}
