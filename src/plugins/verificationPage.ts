/**
 * Publishes the verification report as a page, /verification and
 * /en/verification, so anyone can audit what was proven about each example,
 * with which tools, and when.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { REPORT_PATH, type VerificationReport } from '../examples/verificationReport';

export default function verificationPage(context: LoadContext): Plugin<unknown> {
  return {
    name: 'rolebook-verification-page',
    async loadContent() {
      const path = join(context.siteDir, REPORT_PATH);
      if (!existsSync(path)) throw new Error(`no verification report at ${REPORT_PATH}: run \`npm run verify\` before building`);
      return JSON.parse(readFileSync(path, 'utf8')) as VerificationReport;
    },
    async contentLoaded({ content, actions }) {
      const report = await actions.createData('verification-report.json', JSON.stringify(content));
      actions.addRoute({
        path: `${context.baseUrl}verification`,
        component: '@site/src/components/VerificationPage/index.tsx',
        modules: { report },
        exact: true,
      });
    },
  };
}
