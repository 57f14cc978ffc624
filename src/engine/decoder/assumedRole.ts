/** Who used a role, read from the `assumed-role/<role>/<session>` part of an error message. */
export type RoleUser = 'ecs-task' | 'ec2-instance' | 'lambda-function' | 'person-or-ci' | 'unknown';

export interface AssumedRole {
  roleName: string;
  sessionName: string;
  usedBy: RoleUser;
  /** The role name suggests the task execution role (a common mix-up when it shows up in application logs). */
  looksLikeExecutionRole: boolean;
}

/**
 * Reads the role and session out of an STS assumed-role ARN in a message. The
 * session name tells who assumed the role: ECS names task sessions after the
 * 32-hex task ID, EC2 after the instance ID, Lambda after the function, and
 * the CLI and CI tools after themselves.
 */
export function readAssumedRole(message: string): AssumedRole | undefined {
  const m = /assumed-role\/([\w+=,.@-]{1,64})\/([\w+=,.@-]{1,64})/.exec(message.slice(0, 20_000));
  if (!m) return undefined;
  const [, roleName, sessionName] = m;
  return { roleName, sessionName, usedBy: classify(sessionName, message), looksLikeExecutionRole: /execution/i.test(roleName) };
}

function classify(session: string, message: string): RoleUser {
  if (/^[0-9a-f]{32}$/i.test(session)) return 'ecs-task';
  if (/^i-[0-9a-f]{8,17}$/i.test(session)) return 'ec2-instance';
  if (/^(?:botocore-session-\d+|aws-go-sdk-\d+|aws-sdk-[\w-]+|GitHubActions|github-?actions|gha-|terraform|cdk-|cli-|AWSCLI)/i.test(session) || /@/.test(session)) return 'person-or-ci';
  if (/lambda/i.test(message)) return 'lambda-function';
  return 'unknown';
}
