/**
 * Remark plugin: turns `<Example id="..." />` in a page into the example's
 * verified files. The code is read from examples/<id>/ at build time and handed
 * to the component as a prop, so it is never pasted into MDX and each snippet
 * ships only with the pages that show it.
 *
 * The build refuses an example that `npm run verify` has not passed in its
 * current form: every file's hash must match the verification report.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FORMAT_LABELS, FORMATS, type Format } from '../examples/exampleMeta';
import type { ExamplePayload } from '../examples/examplePayload';
import { loadExamples, type LoadedExample } from '../examples/loadExamples';
import { REPORT_PATH, type VerificationReport } from '../examples/verificationReport';
import { describeClaim } from '../examples/claimText';

interface MdxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface MdxNode {
  type: string;
  name?: string | null;
  attributes?: MdxAttribute[];
  children?: MdxNode[];
}
interface VFileLike {
  path?: string;
  fail(reason: string, place?: unknown): never;
}

const LANGUAGES: Record<Format, string> = { cloudformation: 'yaml', terraform: 'hcl', cdk: 'typescript', json: 'json', typescript: 'typescript' };

export default function remarkExamples(options: { siteDir: string }) {
  return (tree: MdxNode, file: VFileLike) => {
    const tags: MdxNode[] = [];
    walk(tree, (node) => {
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Example') tags.push(node);
    });
    if (tags.length === 0) return;

    // Read fresh for every page: cheap (a few small files), and right in watch mode.
    const { examples } = loadExamples(options.siteDir);
    const reportPath = join(options.siteDir, REPORT_PATH);
    if (!existsSync(reportPath)) file.fail(`no verification report at ${REPORT_PATH}: run \`npm run verify\` before building`, tags[0]);
    const report = JSON.parse(readFileSync(reportPath, 'utf8')) as VerificationReport;

    for (const node of tags) {
      const idAttribute = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
      const id = typeof idAttribute?.value === 'string' ? idAttribute.value : undefined;
      if (!id) file.fail('<Example> needs a literal id, for example <Example id="task-role-invoke-lambda" />', node);
      const example = examples.find((e) => e.meta.id === id);
      if (!example) file.fail(`no example "${id}" in examples/`, node);
      const payload = toPayload(example, report, (message) => file.fail(message, node));
      node.attributes = [
        { type: 'mdxJsxAttribute', name: 'id', value: id },
        { type: 'mdxJsxAttribute', name: 'payload', value: JSON.stringify(payload) },
      ];
    }
  };
}

function toPayload(example: LoadedExample, report: VerificationReport, fail: (message: string) => never): ExamplePayload {
  const verified = report.examples[example.meta.id];
  const tabs = FORMATS.flatMap((format) => {
    const files = example.files.filter((f) => f.format === format);
    if (files.length === 0) return [];
    return [
      {
        format,
        label: FORMAT_LABELS[format],
        files: files.map((f) => {
          const proof = verified?.files[f.path];
          if (!proof || proof.sha256 !== f.sha256) fail(`${f.projectPath} has changed since it was verified: run \`npm run verify\``);
          return { path: f.path, language: LANGUAGES[format], code: f.text, checks: proof.checks };
        }),
      },
    ];
  });
  return {
    id: example.meta.id,
    roleType: example.meta.roleType,
    title: example.meta.title,
    caption: example.meta.caption,
    tabs,
    absent: (example.meta.absentFormats ?? []).map((a) => ({ format: a.format, label: FORMAT_LABELS[a.format], reason: a.reason })),
    attach: Object.values(example.meta.roles ?? {}).flatMap((r) => r.jsonManagedPolicyArns ?? []),
    mistake: example.mistake,
    claims: (verified?.claims ?? []).map((c) => ({
      text: { ja: describeClaim(c.claim, 'ja'), en: describeClaim(c.claim, 'en') },
      expect: 'expect' in c.claim ? c.claim.expect : 'wired',
      holds: c.formats.every((f) => f.holds),
    })),
    verifiedAt: report.generatedAt,
    tools: report.tools,
  };
}

function walk(node: MdxNode, visit: (node: MdxNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}
