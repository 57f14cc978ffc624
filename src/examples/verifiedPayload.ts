/**
 * What the build hands to <Example />, from an example's files and the
 * verification report: shared by the docs pages (src/plugins/remarkExamples.ts)
 * and the plugin pages that show examples (src/plugins/doctorRulePages.ts).
 *
 * The build refuses an example that `npm run verify` has not passed in its
 * current form: every file's hash must match the verification report.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeClaim } from './claimText';
import { FORMAT_LABELS, FORMATS, type Format } from './exampleMeta';
import type { ExamplePayload } from './examplePayload';
import type { LoadedExample } from './loadExamples';
import { REPORT_PATH, type VerificationReport } from './verificationReport';

/** Stops the build with a message (a remark plugin's `file.fail`, or a thrown Error). */
export type Fail = (message: string) => never;

const throwError: Fail = (message) => {
  throw new Error(message);
};

const LANGUAGES: Record<Format, string> = { cloudformation: 'yaml', terraform: 'hcl', cdk: 'typescript', json: 'json', typescript: 'typescript' };

/** The report `npm run verify` wrote; without it nothing can be shown as verified. */
export function readVerificationReport(siteDir: string, fail: Fail = throwError): VerificationReport {
  const path = join(siteDir, REPORT_PATH);
  if (!existsSync(path)) fail(`no verification report at ${REPORT_PATH}: run \`npm run verify\` before building`);
  return JSON.parse(readFileSync(path, 'utf8')) as VerificationReport;
}

/** The example's files, one tab per format, with what was proved about them; fails on a file changed since it was verified. */
export function verifiedPayload(example: LoadedExample, report: VerificationReport, fail: Fail = throwError): ExamplePayload {
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
