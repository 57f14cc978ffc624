import { isRecord } from '../isRecord';
import { EXAMPLE_ENVIRONMENT, UNRESOLVED } from '../model/deployment';

/** Values that `Ref` and `Fn::GetAtt` stand for, for the template's own parameters and resources. */
export interface IntrinsicEnvironment {
  refs: Record<string, string>;
  attributes: Record<string, Record<string, string>>;
}

const PSEUDO: Record<string, string> = {
  'AWS::AccountId': EXAMPLE_ENVIRONMENT.accountId,
  'AWS::Region': EXAMPLE_ENVIRONMENT.region,
  'AWS::Partition': EXAMPLE_ENVIRONMENT.partition,
  'AWS::URLSuffix': 'amazonaws.com',
  'AWS::StackName': EXAMPLE_ENVIRONMENT.stackName,
  'AWS::StackId': `arn:aws:cloudformation:${EXAMPLE_ENVIRONMENT.region}:${EXAMPLE_ENVIRONMENT.accountId}:stack/${EXAMPLE_ENVIRONMENT.stackName}/00000000-0000-0000-0000-000000000000`,
  'AWS::NoValue': '',
};

/**
 * Replaces intrinsic functions with the values they would have in the example
 * environment. Conditions are not evaluated: `Fn::If` takes its first branch.
 */
export function resolveIntrinsics(value: unknown, env: IntrinsicEnvironment): unknown {
  if (Array.isArray(value)) return value.map((v) => resolveIntrinsics(v, env));
  if (!isRecord(value)) return value;
  const keys = Object.keys(value);
  if (keys.length === 1) {
    const [fn] = keys;
    const arg = value[fn];
    switch (fn) {
      case 'Ref':
        return typeof arg === 'string' ? (PSEUDO[arg] ?? env.refs[arg] ?? UNRESOLVED) : UNRESOLVED;
      case 'Fn::GetAtt': {
        const [resource, attribute] = Array.isArray(arg) ? arg : String(arg).split('.');
        return env.attributes[String(resource)]?.[String(attribute)] ?? UNRESOLVED;
      }
      case 'Fn::Sub':
        return substitute(arg, env);
      case 'Fn::Join': {
        if (!Array.isArray(arg)) return UNRESOLVED;
        const parts = resolveIntrinsics(arg[1], env);
        return Array.isArray(parts) ? parts.map(String).join(String(arg[0])) : UNRESOLVED;
      }
      case 'Fn::Select': {
        if (!Array.isArray(arg)) return UNRESOLVED;
        const list = resolveIntrinsics(arg[1], env);
        return Array.isArray(list) ? (list[Number(resolveIntrinsics(arg[0], env))] ?? UNRESOLVED) : UNRESOLVED;
      }
      case 'Fn::Split': {
        if (!Array.isArray(arg)) return UNRESOLVED;
        return String(resolveIntrinsics(arg[1], env)).split(String(arg[0]));
      }
      case 'Fn::If':
        return Array.isArray(arg) ? resolveIntrinsics(arg[1], env) : UNRESOLVED;
      case 'Fn::ImportValue':
      case 'Fn::FindInMap':
      case 'Fn::GetAZs':
      case 'Fn::Base64':
      case 'Fn::Cidr':
        return UNRESOLVED;
    }
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveIntrinsics(v, env)]));
}

function substitute(arg: unknown, env: IntrinsicEnvironment): string {
  const [template, variables] = Array.isArray(arg) ? [String(arg[0]), isRecord(arg[1]) ? arg[1] : {}] : [String(arg), {}];
  return template.replace(/\$\{([^}!][^}]*)\}/g, (_, name: string) => {
    if (name in variables) return String(resolveIntrinsics(variables[name], env));
    if (PSEUDO[name] !== undefined) return PSEUDO[name];
    const dot = name.indexOf('.');
    if (dot > 0) return env.attributes[name.slice(0, dot)]?.[name.slice(dot + 1)] ?? UNRESOLVED;
    return env.refs[name] ?? UNRESOLVED;
  });
}
