import terraformTypes from '../../src/data/terraform-aws-types.json';
import { locateText, type Finding } from '../../src/engine/findings';
import type { JsonPath } from '../../src/engine/jsonSource';
import { lintPolicyDocument } from '../../src/engine/policy/lintPolicyDocument';
import { isTerraformSyntaxError, parseTerraform } from '../../src/engine/terraform/parseTerraform';
import { terraformBlocks, terraformPolicies } from '../../src/engine/terraform/terraformPolicies';
import { isRecord } from '../../src/engine/isRecord';

const RESOURCES = new Set(terraformTypes.resources);
const DATA_SOURCES = new Set(terraformTypes.dataSources);

/**
 * Checks one Terraform file: HCL syntax (HashiCorp's parser), that every
 * `aws_*` resource and data source exists in the AWS provider, and every
 * policy it writes (heredoc, jsonencode, aws_iam_policy_document) as IAM JSON.
 */
export async function checkTerraformFile(file: string, text: string): Promise<Finding[]> {
  const config = await parseTerraform(file, text);
  if (isTerraformSyntaxError(config)) return [{ file, ...config.position, rule: 'terraform/syntax', message: config.message }];
  const findings: Finding[] = [];
  for (const block of terraformBlocks(config, text)) {
    if (!block.type.startsWith('aws_')) continue;
    const known = block.mode === 'resource' ? RESOURCES : DATA_SOURCES;
    if (!known.has(block.type)) {
      findings.push({
        file,
        ...block.position,
        rule: 'terraform/unknown-type',
        message: `"${block.type}" is not a ${block.mode === 'resource' ? 'resource' : 'data source'} of the Terraform AWS provider ${terraformTypes.providerVersion}`,
      });
    }
  }
  for (const policy of await terraformPolicies(config, text)) {
    if (isRecord(policy.document) && typeof policy.document.__invalidJson === 'string') {
      findings.push({ file, ...policy.position, rule: 'json/syntax', message: `invalid JSON in ${policy.source}: ${policy.document.__invalidJson}` });
      continue;
    }
    for (const p of await lintPolicyDocument(policy.document, policy.kind)) {
      // HCL has no positions for values inside a policy; the offending string itself is the best pointer.
      const value = valueAt(policy.document, p.path);
      const position = (typeof value === 'string' && locateText(text, `"${value}"`, policy.position.line)) || policy.position;
      findings.push({ file, ...position, rule: p.rule, message: `${p.message} (in ${policy.source})` });
    }
  }
  return findings;
}

function valueAt(doc: unknown, path: JsonPath): unknown {
  let node = doc;
  for (const key of path) {
    if (Array.isArray(node) && typeof key === 'number') node = node[key];
    else if (isRecord(node) && typeof key === 'string') node = node[key];
    else return undefined;
  }
  return node;
}
