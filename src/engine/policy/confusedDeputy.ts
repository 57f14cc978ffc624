import { isRecord } from '../isRecord';
import { stringList } from './leastPrivilege';
import { statementsOf } from './lintPolicyDocument';

/** Service principals whose trust policies AWS documents aws:SourceAccount / aws:SourceArn for. */
export const CONFUSED_DEPUTY_PRINCIPALS = ['ecs-tasks.amazonaws.com', 'events.amazonaws.com', 'scheduler.amazonaws.com', 'lambda.amazonaws.com'];
// EC2 instance profiles have no documented support for those keys; adding them breaks the role.
const NO_SOURCE_KEYS = ['ec2.amazonaws.com'];
/** Condition keys (lower case) that tie a service's request to a source account or resource. */
export const SOURCE_KEYS = ['aws:sourceaccount', 'aws:sourcearn', 'aws:sourceorgid', 'aws:sourceorgpaths'];
// Service principals that AWS documents an aws:SourceArn condition for in resource policies: Lambda pulling
// an ECR image for a function, CloudFront reading an S3 origin through origin access control for a distribution.
const SOURCE_ARN_IN_RESOURCE_POLICIES = ['lambda.amazonaws.com', 'cloudfront.amazonaws.com'];

/** The condition keys a statement's Condition block uses, lower case. */
export function conditionKeys(condition: unknown): string[] {
  if (!isRecord(condition)) return [];
  return Object.values(condition).flatMap((block) => (isRecord(block) ? Object.keys(block).map((k) => k.toLowerCase()) : []));
}

/** Each service an Allow statement of a policy names as its principal, with the statement's condition keys. */
export function allowedServices(policy: unknown): { service: string; conditionKeys: string[] }[] {
  const out: { service: string; conditionKeys: string[] }[] = [];
  for (const { statement } of statementsOf(isRecord(policy) ? policy : {})) {
    if (statement.Effect !== 'Allow') continue;
    const keys = conditionKeys(statement.Condition);
    for (const service of stringList(isRecord(statement.Principal) ? statement.Principal.Service : undefined)) out.push({ service, conditionKeys: keys });
  }
  return out;
}

/**
 * A trust policy's source-condition problems: a service AWS documents the
 * conditions for trusted without them (`unguarded`), or EC2 trusted with them
 * (`ec2-guarded`), which it never sends.
 */
export function trustSourceProblems(trustPolicy: unknown): { service: string; problem: 'unguarded' | 'ec2-guarded' }[] {
  const out: { service: string; problem: 'unguarded' | 'ec2-guarded' }[] = [];
  for (const { service, conditionKeys: keys } of allowedServices(trustPolicy)) {
    const guarded = keys.some((k) => SOURCE_KEYS.includes(k));
    if (CONFUSED_DEPUTY_PRINCIPALS.includes(service) && !guarded) out.push({ service, problem: 'unguarded' });
    if (NO_SOURCE_KEYS.includes(service) && guarded) out.push({ service, problem: 'ec2-guarded' });
  }
  return out;
}

/** Services a resource policy lets in without the aws:SourceArn condition AWS documents for them. */
export function resourcePolicyUnguardedServices(policy: unknown): string[] {
  return allowedServices(policy)
    .filter(({ service, conditionKeys: keys }) => SOURCE_ARN_IN_RESOURCE_POLICIES.includes(service) && !keys.includes('aws:sourcearn'))
    .map(({ service }) => service);
}
