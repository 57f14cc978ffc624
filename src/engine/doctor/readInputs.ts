import { isTemplateSyntaxError, parseTemplate } from '../cloudformation/parseTemplate';
import { readCloudFormationDeployment } from '../cloudformation/readDeployment';
import type { Position } from '../findings';
import { isRecord } from '../isRecord';
import { isJsonSyntaxError, parseJsonSource } from '../jsonSource';
import { emptyDeployment, type Deployment } from '../model/deployment';
import { isTerraformSyntaxError, parseTerraform } from '../terraform/parseTerraform';
import { readTerraformDeployment } from '../terraform/readDeployment';
import { configFileCalls } from '../terraform/configFiles';
import { isTaskDefinitionJson, readTaskDefinitionJson } from '../workloads/readTaskDefinitionJson';
import { joinTerraformFiles, missingConfigFiles } from './terraformFolder';
import type { DoctorInput, DoctorProblem } from './types';

/** How a finding's minimal change is written: in the format of the file the role is defined in. */
export type InputFormat = 'cloudformation-yaml' | 'cloudformation-json' | 'terraform' | 'task-definition';

export interface ReadInputs {
  /** Every input's resources in one graph, each position tagged with its file. */
  deployment: Deployment;
  problems: DoctorProblem[];
  formatOf: Map<string, InputFormat>;
}

/** Reads every input into one deployment: CloudFormation (YAML or JSON, SAM, CDK output), Terraform files, task definition JSON. */
export async function readInputs(inputs: DoctorInput[]): Promise<ReadInputs> {
  const deployment = emptyDeployment();
  const problems: DoctorProblem[] = [];
  const formatOf = new Map<string, InputFormat>();
  const problem = (file: string, position: Position, en: string, ja: string) => problems.push({ file, line: position.line, message: { en, ja } });

  const terraform = inputs.filter((i) => /\.tf$/i.test(i.name));
  // Files a configuration reads with file() or templatefile() are its data, not inputs of their own.
  const readByTerraform = new Set(terraform.flatMap((t) => configFileCalls(t.text).map((c) => baseName(c.path))));
  const others = inputs.filter((i) => !/\.tf$/i.test(i.name) && !/\.tfvars$/i.test(i.name) && !readByTerraform.has(baseName(i.name)));
  for (const input of others) {
    if (input.text.trim() === '') {
      problem(input.name, { line: 1, column: 1 }, 'the file is empty', 'ファイルが空です');
      continue;
    }
    const json = /^\s*[{[]/.test(input.text);
    if (json) {
      const source = parseJsonSource(input.text);
      if (isJsonSyntaxError(source)) {
        if (input.fromFolder && !/\.(template|json)$/i.test(input.name)) continue;
        problem(input.name, source.position, source.message, `JSON として読めません: ${source.message.replace(/^invalid JSON: /, '')}`);
        continue;
      }
      if (isTaskDefinitionJson(source.value)) {
        merge(deployment, readTaskDefinitionJson(input.name, source), input.name);
        formatOf.set(input.name, 'task-definition');
        continue;
      }
    }
    const template = parseTemplate(input.text);
    if (isTemplateSyntaxError(template)) {
      problem(input.name, template.position, template.message, `テンプレートとして読めません: ${template.message}`);
      continue;
    }
    if (!isRecord(template.value) || !isRecord(template.value.Resources)) {
      if (input.fromFolder) continue;
      problem(input.name, { line: 1, column: 1 }, 'not a CloudFormation template (no Resources), an ECS task definition (no containerDefinitions) or a Terraform file (.tf)', 'CloudFormation テンプレート (Resources がない)、ECS タスク定義 (containerDefinitions がない)、Terraform ファイル (.tf) のどれでもありません');
      continue;
    }
    merge(deployment, readCloudFormationDeployment(template.value, template.locate), input.name);
    formatOf.set(input.name, json ? 'cloudformation-json' : 'cloudformation-yaml');
  }

  if (terraform.length > 0) {
    // Terraform reads every .tf file of a folder as one configuration.
    for (const input of terraform) {
      const parsed = await parseTerraform(input.name, input.text);
      if (isTerraformSyntaxError(parsed)) problem(input.name, parsed.position, parsed.message, parsed.message.startsWith('invalid HCL: ') ? `HCL として読めません: ${parsed.message.replace(/^invalid HCL: /, '')}` : `HCL パーサー (WebAssembly) を起動できませんでした: ${parsed.message}`);
    }
    const valid = [];
    for (const input of terraform) if (!problems.some((p) => p.file === input.name)) valid.push(input);
    if (valid.length > 0) {
      const joined = joinTerraformFiles(valid);
      const byName = new Map(inputs.map((i) => [baseName(i.name), i.text]));
      for (const missing of missingConfigFiles(joined, (path) => byName.has(baseName(path)))) {
        const at = joined.origin(missing.line);
        problem(at.file, at, `${missing.call}("${missing.path}"): the file is not among the inputs, so what it holds is not checked`, `${missing.call}("${missing.path}") のファイルが入力にないため、その内容は確認していません`);
      }
      const config = await parseTerraform('main.tf', joined.text);
      if (!isTerraformSyntaxError(config)) {
        const read = await readTerraformDeployment(config, joined.text, (path) => byName.get(baseName(path)));
        retag(read, (p) => ({ ...joined.origin(p.line), column: p.column }));
        merge(deployment, read);
        for (const input of valid) formatOf.set(input.name, 'terraform');
      }
    }
  }
  return { deployment, problems, formatOf };
}

/** Appends one reader's result, tagging every position with its file (unless already tagged). */
function merge(into: Deployment, from: Deployment, file?: string): void {
  if (file) retag(from, (p) => ({ ...p, file }));
  for (const key of Object.keys(into) as (keyof Deployment)[]) (into[key] as unknown[]).push(...(from[key] as unknown[]));
}

/** Rewrites every position in a deployment (positions are plain objects at known places). */
function retag(deployment: Deployment, map: (p: Position) => Position): void {
  const visit = (value: unknown, depth: number): void => {
    if (depth > 6 || !value || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const v of value) visit(v, depth + 1);
      return;
    }
    const record = value as Record<string, unknown>;
    for (const [key, v] of Object.entries(record)) {
      if (/[pP]osition$/.test(key) && isRecord(v) && typeof v.line === 'number') record[key] = map(v as unknown as Position);
      else if (key !== 'policy' && key !== 'trustPolicy') visit(v, depth + 1);
    }
  };
  visit(deployment, 0);
}

// A configuration names its files relative to its module; the inputs are matched by file name.
function baseName(path: string): string {
  return path.split('/').pop() ?? path;
}
