/**
 * The kinds of IAM policy document a snippet can hold. Each has its own grammar:
 * a trust policy needs a Principal and only sts actions, an identity policy
 * must not name a Principal, a resource policy needs one.
 */
export type PolicyKind = 'identity' | 'trust' | 'resource';

export const POLICY_KINDS: readonly PolicyKind[] = ['identity', 'trust', 'resource'];

/** The only policy language version Rolebook publishes; 2008-10-17 lacks policy variables. */
export const POLICY_VERSION = '2012-10-17';
