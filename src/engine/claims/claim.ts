/**
 * A statement a page makes about an example, checked with the IAM simulator
 * against what each format would deploy.
 */
export type Claim = AssumeClaim | IdentityClaim | ResourcePolicyClaim | WiringClaim;

export type Expectation = 'allow' | 'deny';
export type ContextValues = Record<string, string | string[]>;

/** A service principal may (or may not) assume the role, given the request context. */
export interface AssumeClaim {
  id: string;
  role: string;
  assume: { principal: string; context?: ContextValues };
  expect: Expectation;
}

/** The role's policies allow (or do not allow) an action on a resource. */
export interface IdentityClaim {
  id: string;
  role: string;
  action: string;
  resource: string;
  context?: ContextValues;
  expect: Expectation;
}

/** An unsigned request from anyone on the internet (the simulator's anonymous principal). */
export interface AnonymousPrincipal {
  type: 'Anonymous';
}

/** A resource policy lets a principal (or not) call an action on the resource that holds it. */
export interface ResourcePolicyClaim {
  id: string;
  resourcePolicy: string;
  /** An ARN, an account ID, a service principal, or `{ "type": "Anonymous" }` for an unsigned request. */
  principal: string | AnonymousPrincipal;
  action: string;
  /** Defaults to the ARN of the resource that holds the policy. */
  resource?: string;
  context?: ContextValues;
  /**
   * The caller's own identity policy. A principal in another account needs an
   * allow on both sides, so a cross-account claim states what the caller has.
   */
  callerPolicy?: unknown;
  expect: Expectation;
}

/** A task definition names these roles (ARNs, or role names in the example account). */
export interface WiringClaim {
  id: string;
  taskDefinition: { taskRole?: string; executionRole?: string };
}

export function isAssumeClaim(c: Claim): c is AssumeClaim {
  return 'assume' in c;
}
export function isIdentityClaim(c: Claim): c is IdentityClaim {
  return 'role' in c && 'action' in c;
}
export function isResourcePolicyClaim(c: Claim): c is ResourcePolicyClaim {
  return 'resourcePolicy' in c;
}
export function isAnonymous(principal: string | AnonymousPrincipal): principal is AnonymousPrincipal {
  return typeof principal !== 'string' && principal.type === 'Anonymous';
}
