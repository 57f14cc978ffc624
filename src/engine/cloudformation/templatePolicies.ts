import { isRecord } from '../isRecord';
import type { JsonPath } from '../jsonSource';
import type { PolicyKind } from '../policy/policyKinds';

/** A policy document inside a CloudFormation template, with its path in the template. */
export interface TemplatePolicy {
  /** `TaskRole.AssumeRolePolicyDocument`. */
  source: string;
  kind: PolicyKind;
  document: unknown;
  path: JsonPath;
}

// Property paths that hold policy documents, per resource type.
const POLICY_PROPERTIES: Record<string, [string, PolicyKind][]> = {
  'AWS::IAM::Role': [['AssumeRolePolicyDocument', 'trust']],
  'AWS::IAM::Policy': [['PolicyDocument', 'identity']],
  'AWS::IAM::ManagedPolicy': [['PolicyDocument', 'identity']],
  'AWS::IAM::RolePolicy': [['PolicyDocument', 'identity']],
  'AWS::ECR::Repository': [['RepositoryPolicyText', 'resource']],
  'AWS::ECR::RepositoryPolicy': [['PolicyText', 'resource']],
  'AWS::S3::BucketPolicy': [['PolicyDocument', 'resource']],
  'AWS::SQS::QueuePolicy': [['PolicyDocument', 'resource']],
  'AWS::SNS::TopicPolicy': [['PolicyDocument', 'resource']],
  'AWS::KMS::Key': [['KeyPolicy', 'resource']],
  'AWS::SecretsManager::ResourcePolicy': [['ResourcePolicy', 'resource']],
};

/** Every policy document in a template's resources (role inline policies included). */
export function templatePolicies(template: unknown): TemplatePolicy[] {
  if (!isRecord(template) || !isRecord(template.Resources)) return [];
  const out: TemplatePolicy[] = [];
  for (const [logicalId, resource] of Object.entries(template.Resources)) {
    if (!isRecord(resource) || typeof resource.Type !== 'string' || !isRecord(resource.Properties)) continue;
    const props = resource.Properties;
    const base: JsonPath = ['Resources', logicalId, 'Properties'];
    for (const [property, kind] of POLICY_PROPERTIES[resource.Type] ?? []) {
      if (props[property] !== undefined) out.push({ source: `${logicalId}.${property}`, kind, document: props[property], path: [...base, property] });
    }
    if (resource.Type === 'AWS::IAM::Role' && Array.isArray(props.Policies)) {
      props.Policies.forEach((policy, i) => {
        if (isRecord(policy) && policy.PolicyDocument !== undefined) {
          out.push({ source: `${logicalId}.Policies[${i}]`, kind: 'identity', document: policy.PolicyDocument, path: [...base, 'Policies', i, 'PolicyDocument'] });
        }
      });
    }
  }
  return out;
}
