import type { CheckId } from '../examples/verificationReport';
import type { Localized } from './localized';

/** How each check is named in the line under an example. */
export const CHECK_LABELS: Record<CheckId, Localized> = {
  'cfn-lint': { ja: 'cfn-lint', en: 'cfn-lint' },
  'service-principals': { ja: 'サービスプリンシパル', en: 'service principals' },
  hcl: { ja: 'HCL 構文', en: 'HCL syntax' },
  'terraform-types': { ja: 'AWS プロバイダーのリソース型', en: 'AWS provider resource types' },
  'iam-grammar': { ja: 'IAM ポリシー文法', en: 'IAM policy grammar' },
  'iam-actions': { ja: 'IAM アクション', en: 'IAM actions' },
  typescript: { ja: 'TypeScript 型チェック (strict)', en: 'TypeScript type check (strict)' },
  'cdk-synth': { ja: 'CDK 合成 (aws-cdk-lib)', en: 'CDK synthesis (aws-cdk-lib)' },
  json: { ja: 'JSON 構文', en: 'JSON syntax' },
};
