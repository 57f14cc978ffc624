import { diagnose } from '../../src/engine/doctor/diagnose';
import type { DoctorInput } from '../../src/engine/doctor/types';
import type { Finding } from '../../src/engine/findings';
import type { LoadedExample } from '../../src/examples/loadExamples';

/**
 * Runs the role doctor on every format of an example the doctor reads:
 * CloudFormation templates, the Terraform files together, each synthesized
 * CDK stack (reported on the stack file) and task definition JSON. Returns
 * `doctor/<rule>` findings, with their severity in the message, so a
 * recommended example must give no error and a mistake exactly what it declares.
 */
export async function doctorFindings(example: LoadedExample, synthesized: Map<string, { template?: string }>): Promise<(Finding & { severity: 'error' | 'warning' })[]> {
  const groups: { inputs: DoctorInput[]; reportAs?: string }[] = [];
  for (const f of example.files) {
    if (f.format === 'cloudformation') groups.push({ inputs: [{ name: f.projectPath, text: f.text }] });
    if (f.format === 'json' && f.content === 'task-definition') groups.push({ inputs: [{ name: f.projectPath, text: f.text }] });
    const template = f.format === 'cdk' ? synthesized.get(f.projectPath)?.template : undefined;
    if (template) groups.push({ inputs: [{ name: f.projectPath, text: template }], reportAs: f.projectPath });
  }
  const terraform = example.files.filter((f) => f.format === 'terraform').map((f) => ({ name: f.projectPath, text: f.text }));
  if (terraform.length > 0) groups.push({ inputs: terraform });

  const out: (Finding & { severity: 'error' | 'warning' })[] = [];
  for (const group of groups) {
    const report = await diagnose(group.inputs);
    for (const p of report.problems) out.push({ file: p.file, line: group.reportAs ? 1 : p.line, column: 1, rule: 'doctor/input', message: p.message.en, severity: 'error' });
    // A synthesized template's lines mean nothing to a reader: point at the stack file's first line and name the role.
    for (const f of report.findings) out.push({ file: f.file, line: group.reportAs ? 1 : f.line, column: 1, rule: `doctor/${f.rule}`, message: `${f.severity}: ${f.message.en}`, severity: f.severity });
  }
  return out;
}
