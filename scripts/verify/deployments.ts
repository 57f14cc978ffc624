import { isTemplateSyntaxError, parseTemplate } from '../../src/engine/cloudformation/parseTemplate';
import { readCloudFormationDeployment } from '../../src/engine/cloudformation/readDeployment';
import type { NameMap } from '../../src/engine/claims/evaluateClaim';
import { locateText, type Position } from '../../src/engine/findings';
import { readJsonDeployment, type JsonDocument } from '../../src/engine/json/readJsonDeployment';
import { isJsonSyntaxError, parseJsonSource } from '../../src/engine/jsonSource';
import type { Deployment } from '../../src/engine/model/deployment';
import { isTerraformSyntaxError, parseTerraform } from '../../src/engine/terraform/parseTerraform';
import { readTerraformDeployment } from '../../src/engine/terraform/readDeployment';
import type { Format } from '../../src/examples/exampleMeta';
import type { LoadedExample } from '../../src/examples/loadExamples';

/** What one format of an example would deploy, and the file a reader should look at for it. */
export interface FormatDeployment {
  format: Format;
  /** The file claims about this format point into (for JSON, the first JSON file). */
  file: string;
  deployment?: Deployment;
  names: NameMap;
  /** Why no deployment could be read (a syntax error, a failed synthesis). */
  error?: string;
  /** Where each role or resource policy is written, when it is not in `file` (JSON). */
  fileOf: (name: string) => string;
}

/**
 * Reads every format of an example into a deployment. CDK stacks are read from
 * their synthesized template (`cdkTemplates`, by stack file), with positions
 * mapped back to the construct's id in the stack file.
 */
export async function deploymentsOf(example: LoadedExample, cdkTemplates: Map<string, { template?: string; error?: string }>): Promise<FormatDeployment[]> {
  const out: FormatDeployment[] = [];
  const namesFor = (format: 'cloudformation' | 'terraform' | 'cdk'): NameMap => ({
    roles: Object.fromEntries(Object.entries(example.meta.roles ?? {}).map(([k, v]) => [k, v[format]])),
    resourcePolicies: Object.fromEntries(Object.entries(example.meta.resourcePolicies ?? {}).map(([k, v]) => [k, v[format]])),
  });
  for (const file of example.files) {
    const base = { file: file.projectPath, fileOf: () => file.projectPath };
    if (file.format === 'cloudformation') {
      const parsed = parseTemplate(file.text);
      out.push(isTemplateSyntaxError(parsed) ? { ...base, format: 'cloudformation', names: namesFor('cloudformation'), error: parsed.message } : { ...base, format: 'cloudformation', names: namesFor('cloudformation'), deployment: readCloudFormationDeployment(parsed.value, parsed.locate) });
    } else if (file.format === 'terraform') {
      const config = await parseTerraform(file.projectPath, file.text);
      out.push(isTerraformSyntaxError(config) ? { ...base, format: 'terraform', names: namesFor('terraform'), error: config.message } : { ...base, format: 'terraform', names: namesFor('terraform'), deployment: await readTerraformDeployment(config, file.text) });
    } else if (file.format === 'cdk') {
      const synth = cdkTemplates.get(file.projectPath);
      const parsed = synth?.template ? parseTemplate(synth.template) : undefined;
      if (!parsed || isTemplateSyntaxError(parsed)) {
        out.push({ ...base, format: 'cdk', names: namesFor('cdk'), error: synth?.error ?? 'not synthesized' });
        continue;
      }
      const deployment = readCloudFormationDeployment(parsed.value, parsed.locate);
      // Point at `new iam.Role(this, 'TaskRole', ...)` in the stack file, not into the synthesized JSON.
      const inStack = (name: string): Position => locateText(file.text, `'${name.split('/')[0]}'`) ?? { line: 1, column: 1 };
      for (const item of [...deployment.roles, ...deployment.resourcePolicies, ...deployment.taskDefinitions]) item.position = inStack(item.name);
      for (const role of deployment.roles) for (const policy of role.identityPolicies) policy.position = inStack(policy.name);
      out.push({ ...base, format: 'cdk', names: namesFor('cdk'), deployment });
    }
  }
  const jsonFiles = example.files.filter((f) => f.format === 'json');
  if (jsonFiles.length > 0) {
    const documents: JsonDocument[] = [];
    const fileOfName = new Map<string, string>();
    let error: string | undefined;
    for (const f of jsonFiles) {
      const parsed = parseJsonSource(f.text);
      if (isJsonSyntaxError(parsed)) {
        error = `${f.projectPath}: ${parsed.message}`;
        continue;
      }
      const position = { line: 1, column: 1 };
      if (f.content === 'trust' || f.content === 'identity') {
        const role = f.role ?? 'role';
        documents.push({ kind: f.content, role, name: f.path, document: parsed.value, position });
        if (f.content === 'trust' || !fileOfName.has(role)) fileOfName.set(role, f.projectPath);
        fileOfName.set(f.path, f.projectPath);
      } else if (f.content === 'resource') {
        const resource = f.resource ?? 'resource';
        documents.push({ kind: 'resource', resource, resourceArn: f.resourceArn ?? '', name: f.path, document: parsed.value, position });
        fileOfName.set(resource, f.projectPath);
      } else if (f.content === 'task-definition') {
        documents.push({ kind: 'task-definition', name: f.path, document: parsed.value, position });
        fileOfName.set(f.path, f.projectPath);
      }
    }
    const keys = (m: Record<string, unknown> | undefined) => Object.fromEntries(Object.keys(m ?? {}).map((k) => [k, k]));
    const deployment = error ? undefined : readJsonDeployment(documents);
    for (const role of deployment?.roles ?? []) role.managedPolicyArns.push(...(example.meta.roles?.[role.name]?.jsonManagedPolicyArns ?? []));
    out.push({
      format: 'json',
      file: jsonFiles[0].projectPath,
      names: { roles: keys(example.meta.roles), resourcePolicies: keys(example.meta.resourcePolicies) },
      deployment,
      error,
      fileOf: (name) => fileOfName.get(name) ?? jsonFiles[0].projectPath,
    });
  }
  return out;
}
