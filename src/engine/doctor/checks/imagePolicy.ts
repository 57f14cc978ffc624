import { accountOf, ask } from '../../simulation/askSimulator';
import { ecrImage } from '../../workloads/containerDefinitions';
import { makeFinding, renderStatement } from '../makeFinding';
import type { DoctorFinding } from '../types';
import type { CheckContext } from './context';

/** ecr-policy-lambda-pull: a container image function whose repository policy (in the input) does not let Lambda get the image. */
export async function checkImagePolicies(context: CheckContext): Promise<DoctorFinding[]> {
  const findings: DoctorFinding[] = [];
  for (const fn of context.deployment.functions) {
    const image = fn.imageUri ? ecrImage(fn.imageUri) : undefined;
    if (!image) continue;
    const holder = context.deployment.resourcePolicies.find((p) => p.resourceArn === image.repositoryArn);
    if (!holder) continue; // the repository's policy is not in the input: nothing to say
    const account = accountOf(fn.arn);
    const denied: string[] = [];
    for (const action of ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer']) {
      const answer = await ask({ principal: 'lambda.amazonaws.com', action, resource: image.repositoryArn, resourceAccount: image.accountId, context: { 'aws:SourceArn': fn.arn, 'aws:SourceAccount': account } }, [], holder.policy);
      if (!answer.allowed) denied.push(action);
    }
    if (denied.length === 0) continue;
    findings.push(
      makeFinding('ecr-policy-lambda-pull', {
        at: holder.position,
        role: holder.name,
        roleType: 'ecr-repository-policy',
        message: { ja: `${holder.name} のリポジトリポリシーが、関数 ${fn.name} のための lambda.amazonaws.com に ${denied.join(', ')} を許可していません。`, en: `The repository policy of ${holder.name} does not allow ${denied.join(', ')} to lambda.amazonaws.com for function ${fn.name}.` },
        fix: { ja: 'lambda.amazonaws.com へのステートメントを、関数の ARN を aws:sourceARN に指定して追加します。', en: 'Add a statement for lambda.amazonaws.com with the function’s ARN in aws:sourceARN.' },
        change: renderStatement(context.formatOf.get(holder.position.file ?? ''), { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: denied, Condition: { ArnLike: { 'aws:sourceARN': fn.arn } } }),
      }),
    );
  }
  return findings;
}
