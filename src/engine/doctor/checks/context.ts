import type { Deployment, RoleModel } from '../../model/deployment';
import type { InputFormat } from '../readInputs';
import type { RoleUse } from '../roleUses';
import type { DoctorFinding, DoctorRoleType } from '../types';

/** What every check reads: the whole graph, and helpers to find a role and say what it is used as. */
export interface CheckContext {
  deployment: Deployment;
  uses: RoleUse[];
  formatOf: Map<string, InputFormat>;
  roleByArn(arn: string | undefined): RoleModel | undefined;
  roleTypeOf(role: RoleModel): DoctorRoleType;
  /** The role's name as the reader wrote it, or its ARN when it is not in the input. */
  nameOf(arn: string): string;
}

export type Check = (context: CheckContext) => Promise<DoctorFinding[]>;

export function checkContext(deployment: Deployment, uses: RoleUse[], formatOf: Map<string, InputFormat>): CheckContext {
  const byArn = new Map(deployment.roles.map((r) => [r.arn, r]));
  return {
    deployment,
    uses,
    formatOf,
    roleByArn: (arn) => (arn ? byArn.get(arn) : undefined),
    roleTypeOf: (role) => uses.find((u) => u.roleArn === role.arn)?.roleType ?? 'unknown',
    nameOf: (arn) => byArn.get(arn)?.name ?? arn,
  };
}
