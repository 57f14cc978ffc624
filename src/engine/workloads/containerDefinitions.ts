import type { Position } from '../findings';
import { isRecord } from '../isRecord';
import { EXAMPLE_ENVIRONMENT, type ContainerModel } from '../model/deployment';

/**
 * Reads container definitions in any of their spellings: CloudFormation's
 * PascalCase (`ContainerDefinitions`, `LogConfiguration`) and the ECS API's
 * camelCase (`containerDefinitions`, `logConfiguration`), which Terraform's
 * `container_definitions` and task definition JSON files use.
 */
export function readContainerDefinitions(list: unknown, positionOf: (index: number, ...path: (string | number)[]) => Position): ContainerModel[] {
  if (!Array.isArray(list)) return [];
  return list.filter(isRecord).map((container, i) => {
    const at = (...path: (string | number)[]) => positionOf(i, ...path);
    const out: ContainerModel = { name: String(get(container, 'name') ?? `container ${i + 1}`), secrets: [], environmentFiles: [], position: at() };
    const image = get(container, 'image');
    if (typeof image === 'string') out.image = image;
    const logs = get(container, 'logConfiguration');
    if (isRecord(logs) && String(get(logs, 'logDriver')) === 'awslogs') {
      const options = get(logs, 'options');
      const group = isRecord(options) ? options['awslogs-group'] : undefined;
      const create = isRecord(options) ? String(options['awslogs-create-group']) === 'true' : false;
      if (typeof group === 'string') out.awslogs = { group, createGroup: create, position: at(keyOf(container, 'logConfiguration')) };
    }
    const secrets = get(container, 'secrets');
    if (Array.isArray(secrets)) {
      secrets.forEach((s, j) => {
        const valueFrom = isRecord(s) ? get(s, 'valueFrom') : undefined;
        if (typeof valueFrom === 'string') out.secrets.push({ valueFrom, position: at(keyOf(container, 'secrets'), j) });
      });
    }
    const files = get(container, 'environmentFiles');
    if (Array.isArray(files)) {
      files.forEach((f, j) => {
        const value = isRecord(f) ? get(f, 'value') : undefined;
        if (typeof value === 'string') out.environmentFiles.push({ arn: value, position: at(keyOf(container, 'environmentFiles'), j) });
      });
    }
    const credentials = get(container, 'repositoryCredentials');
    const parameter = isRecord(credentials) ? get(credentials, 'credentialsParameter') : undefined;
    if (typeof parameter === 'string') out.repositoryCredentials = { arn: parameter, position: at(keyOf(container, 'repositoryCredentials')) };
    return out;
  });
}

/** A key's value whatever its first letter's case. */
function get(record: Record<string, unknown>, camel: string): unknown {
  return record[camel] ?? record[camel[0].toUpperCase() + camel.slice(1)];
}

function keyOf(record: Record<string, unknown>, camel: string): string {
  return camel in record ? camel : camel[0].toUpperCase() + camel.slice(1);
}

/** An image in Amazon ECR: `<account>.dkr.ecr.<region>.amazonaws.com/<repository>[:tag|@digest]`. */
export function ecrImage(image: string): { accountId: string; region: string; repository: string; repositoryArn: string } | undefined {
  const m = /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?\/([^:@]+)/.exec(image);
  if (!m) return undefined;
  const partition = image.includes('.amazonaws.com.cn/') ? 'aws-cn' : EXAMPLE_ENVIRONMENT.partition;
  return { accountId: m[1], region: m[2], repository: m[3], repositoryArn: `arn:${partition}:ecr:${m[2]}:${m[1]}:repository/${m[3]}` };
}

/**
 * What a secret's `valueFrom` names: a Secrets Manager secret (its ARN without
 * a JSON key suffix) or a Systems Manager parameter (ARN, or a name in the
 * task's own Region and account).
 */
export function secretSource(valueFrom: string): { service: 'secretsmanager' | 'ssm'; arn: string } {
  const sm = /^(arn:[^:]+:secretsmanager:[^:]*:\d{12}:secret:[^:]+)/.exec(valueFrom);
  if (sm) return { service: 'secretsmanager', arn: sm[1] };
  if (/^arn:[^:]+:ssm:/.test(valueFrom)) return { service: 'ssm', arn: valueFrom };
  const { partition, region, accountId } = EXAMPLE_ENVIRONMENT;
  return { service: 'ssm', arn: `arn:${partition}:ssm:${region}:${accountId}:parameter/${valueFrom.replace(/^\//, '')}` };
}
