import { isAnonymous, type AnonymousPrincipal, type Claim, type ContextValues } from '../engine/claims/claim';

/** The last part of an ARN, which is what a reader recognises: `my-fn`, `my-fn:prod`, `app/prod.env`. */
function shortName(arn: string): string {
  const m = /^arn:[^:]+:[^:]*:[^:]*:[^:]*:(.*)$/.exec(arn);
  if (!m) return arn;
  const rest = m[1];
  if (arn.startsWith('arn:aws:s3:::')) return arn.slice('arn:aws:s3:::'.length);
  const slash = rest.indexOf('/');
  const colon = rest.indexOf(':');
  if (colon >= 0 && (slash < 0 || colon < slash)) return rest.slice(colon + 1);
  return slash >= 0 ? rest.slice(slash + 1) : rest;
}

function contextText(context: ContextValues | undefined): string {
  if (!context) return '';
  const account = context['aws:SourceAccount'];
  if (typeof account === 'string') return ` (aws:SourceAccount ${account})`;
  const arn = context['aws:SourceArn'];
  return typeof arn === 'string' ? ` (aws:SourceArn ${shortName(arn)})` : '';
}

function principalText(principal: string | AnonymousPrincipal, ja: boolean): string {
  if (!isAnonymous(principal)) return principal;
  return ja ? '匿名のリクエスト (署名なし)' : 'an anonymous (unsigned) request';
}

/** A claim as a short phrase in the page's language, for the line under an example. */
export function describeClaim(claim: Claim, locale: string): string {
  const ja = locale !== 'en';
  if ('assume' in claim) {
    const ctx = contextText(claim.assume.context);
    const who = claim.assume.principal;
    if (claim.expect === 'allow') return ja ? `${who} が引き受けられる${ctx}` : `${who} can assume${ctx}`;
    return ja ? `${who} は引き受けられない${ctx}` : `${who} cannot assume${ctx}`;
  }
  if ('resourcePolicy' in claim) {
    const ctx = contextText(claim.context);
    const target = claim.resource ? ` (${shortName(claim.resource)})` : '';
    const who = principalText(claim.principal, ja);
    if (claim.expect === 'allow') return ja ? `${who} に ${claim.action}${target} を許可${ctx}` : `${who} may ${claim.action}${target}${ctx}`;
    return ja ? `${who} には ${claim.action} を許可しない${ctx}` : `${who} may not ${claim.action}${ctx}`;
  }
  if ('action' in claim) {
    const on = shortName(claim.resource);
    if (claim.expect === 'allow') return ja ? `${on} への ${claim.action} を許可` : `${claim.action} on ${on}`;
    return ja ? `${on} への ${claim.action} は拒否` : `${claim.action} on ${on} denied`;
  }
  const t = claim.taskDefinition;
  const parts = [t.taskRole ? `taskRoleArn → ${shortName(t.taskRole)}` : undefined, t.executionRole ? `executionRoleArn → ${shortName(t.executionRole)}` : undefined].filter(Boolean);
  return parts.join(', ');
}
