import { isRecord } from '../isRecord';
import { EXAMPLE_ENVIRONMENT, UNRESOLVED } from '../model/deployment';
import { exampleDistribution } from '../model/exampleDistribution';
import type { TerraformBlock } from './terraformPolicies';
import type { TerraformConfig } from './parseTerraform';

const { accountId, region, partition } = EXAMPLE_ENVIRONMENT;

/**
 * Resolves `${...}` references in Terraform values to what they would be in
 * the example environment: variables take their defaults, locals are
 * followed, and resource attributes get the ARNs AWS would give them.
 */
export class TerraformReferences {
  private readonly variables: Record<string, unknown> = {};
  private readonly locals: Record<string, unknown> = {};
  private readonly blocks = new Map<string, TerraformBlock>();
  private depth = 0;

  constructor(config: TerraformConfig, blocks: TerraformBlock[]) {
    if (isRecord(config.variable)) {
      for (const [name, bodies] of Object.entries(config.variable)) {
        const body = Array.isArray(bodies) && isRecord(bodies[0]) ? bodies[0] : {};
        if (body.default !== undefined) this.variables[name] = body.default;
      }
    }
    if (Array.isArray(config.locals)) for (const l of config.locals) if (isRecord(l)) Object.assign(this.locals, l);
    for (const b of blocks) this.blocks.set(b.address, b);
  }

  /** Resolves every string inside a value. */
  resolve(value: unknown): unknown {
    if (typeof value === 'string') return this.resolveString(value);
    if (Array.isArray(value)) return value.map((v) => this.resolve(v));
    if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.resolve(v)]));
    return value;
  }

  resolveString(text: string): unknown {
    const whole = /^\$\{([^{}]+)\}$/.exec(text);
    if (whole) return this.reference(whole[1].trim());
    return text.replace(/\$\{([^{}]+)\}/g, (_, expr: string) => {
      const v = this.reference(expr.trim());
      return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : UNRESOLVED;
    });
  }

  private reference(expr: string): unknown {
    if (this.depth > 20) return UNRESOLVED; // a cycle of locals
    this.depth++;
    try {
      const parts = expr.split('.');
      if (parts[0] === 'var') return parts.length === 2 && parts[1] in this.variables ? this.resolve(this.variables[parts[1]]) : UNRESOLVED;
      if (parts[0] === 'local') return parts.length === 2 && parts[1] in this.locals ? this.resolve(this.locals[parts[1]]) : UNRESOLVED;
      if (parts[0] === 'data' && parts.length === 4) return this.dataAttribute(parts[1], parts[3]);
      if (parts.length === 3) return this.resourceAttribute(`${parts[0]}.${parts[1]}`, parts[0], parts[2]);
      return UNRESOLVED;
    } finally {
      this.depth--;
    }
  }

  private dataAttribute(type: string, attribute: string): string {
    if (type === 'aws_caller_identity' && attribute === 'account_id') return accountId;
    if (type === 'aws_region' && (attribute === 'name' || attribute === 'region' || attribute === 'id')) return region;
    if (type === 'aws_partition' && (attribute === 'partition' || attribute === 'id')) return partition;
    return UNRESOLVED;
  }

  /** The physical name a resource gets: its name attribute if set, else its Terraform name. */
  nameOf(address: string, attribute = 'name'): string {
    const block = this.blocks.get(address);
    const value = block ? this.resolve(block.body[attribute]) : undefined;
    return typeof value === 'string' && value !== UNRESOLVED ? value : (address.split('.').pop() ?? address);
  }

  private resourceAttribute(address: string, type: string, attribute: string): string {
    if (!this.blocks.has(address)) return UNRESOLVED;
    switch (type) {
      case 'aws_iam_role':
        return attribute === 'arn' ? `arn:${partition}:iam::${accountId}:role/${this.nameOf(address)}` : ['name', 'id'].includes(attribute) ? this.nameOf(address) : UNRESOLVED;
      case 'aws_iam_policy':
        return attribute === 'arn' || attribute === 'id' ? `arn:${partition}:iam::${accountId}:policy/${this.nameOf(address)}` : UNRESOLVED;
      case 'aws_ecr_repository': {
        const name = this.nameOf(address);
        return attribute === 'arn' ? `arn:${partition}:ecr:${region}:${accountId}:repository/${name}` : attribute === 'repository_url' ? `${accountId}.dkr.ecr.${region}.amazonaws.com/${name}` : name;
      }
      case 'aws_cloudwatch_log_group':
        return attribute === 'arn' ? `arn:${partition}:logs:${region}:${accountId}:log-group:${this.nameOf(address)}` : this.nameOf(address);
      case 'aws_lambda_function':
        return attribute === 'arn' ? `arn:${partition}:lambda:${region}:${accountId}:function:${this.nameOf(address, 'function_name')}` : this.nameOf(address, 'function_name');
      case 'aws_s3_bucket':
        return attribute === 'arn' ? `arn:${partition}:s3:::${this.nameOf(address, 'bucket')}` : this.nameOf(address, 'bucket');
      case 'aws_ecs_cluster':
        return attribute === 'arn' ? `arn:${partition}:ecs:${region}:${accountId}:cluster/${this.nameOf(address)}` : this.nameOf(address);
      case 'aws_ecs_task_definition':
        if (attribute === 'arn_without_revision') return `arn:${partition}:ecs:${region}:${accountId}:task-definition/${this.nameOf(address, 'family')}`;
        return attribute === 'arn' || attribute === 'id' ? `arn:${partition}:ecs:${region}:${accountId}:task-definition/${this.nameOf(address, 'family')}:1` : attribute === 'family' ? this.nameOf(address, 'family') : UNRESOLVED;
      case 'aws_sqs_queue': {
        const name = this.nameOf(address);
        return attribute === 'arn' ? `arn:${partition}:sqs:${region}:${accountId}:${name}` : attribute === 'url' || attribute === 'id' ? `https://sqs.${region}.amazonaws.com/${accountId}/${name}` : name;
      }
      case 'aws_kinesis_stream':
        return attribute === 'arn' || attribute === 'id' ? `arn:${partition}:kinesis:${region}:${accountId}:stream/${this.nameOf(address)}` : this.nameOf(address);
      case 'aws_dynamodb_table':
        if (attribute === 'stream_arn') return `arn:${partition}:dynamodb:${region}:${accountId}:table/${this.nameOf(address)}/stream/2024-01-01T00:00:00.000`;
        return attribute === 'arn' ? `arn:${partition}:dynamodb:${region}:${accountId}:table/${this.nameOf(address)}` : this.nameOf(address);
      case 'aws_secretsmanager_secret':
        // A secret's ARN ends in six random characters that no configuration can know.
        return attribute === 'arn' || attribute === 'id' ? `arn:${partition}:secretsmanager:${region}:${accountId}:secret:${this.nameOf(address)}-AbCdEf` : this.nameOf(address);
      case 'aws_ssm_parameter':
        return attribute === 'arn' ? `arn:${partition}:ssm:${region}:${accountId}:parameter/${this.nameOf(address).replace(/^\//, '')}` : this.nameOf(address);
      case 'aws_scheduler_schedule':
        return attribute === 'arn' ? `arn:${partition}:scheduler:${region}:${accountId}:schedule/default/${this.nameOf(address)}` : this.nameOf(address);
      case 'aws_iam_instance_profile':
        return attribute === 'arn' ? `arn:${partition}:iam::${accountId}:instance-profile/${this.nameOf(address)}` : this.nameOf(address);
      case 'aws_cloudwatch_event_rule':
        return attribute === 'arn' ? `arn:${partition}:events:${region}:${accountId}:rule/${this.nameOf(address)}` : this.nameOf(address);
      case 'aws_scheduler_schedule_group':
        return attribute === 'arn' ? `arn:${partition}:scheduler:${region}:${accountId}:schedule-group/${this.nameOf(address)}` : this.nameOf(address);
      case 'aws_cloudfront_distribution': {
        // The same example IDs as the CloudFormation reader gives, in the order the file declares them.
        const n = [...this.blocks.values()].filter((b) => b.mode === 'resource' && b.type === type).findIndex((b) => b.address === address);
        const distribution = exampleDistribution(n);
        return attribute === 'arn' ? distribution.arn : attribute === 'domain_name' ? distribution.domainName : attribute === 'id' ? distribution.id : UNRESOLVED;
      }
      case 'aws_kms_key':
        return attribute === 'arn' ? `arn:${partition}:kms:${region}:${accountId}:key/1234abcd-12ab-34cd-56ef-1234567890ab` : '1234abcd-12ab-34cd-56ef-1234567890ab';
      default:
        return UNRESOLVED;
    }
  }
}
