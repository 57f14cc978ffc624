/**
 * Publishes the verification report as a page, /verification and
 * /en/verification, so anyone can audit what was proven about each example,
 * with which tools, and when.
 */
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { VerificationReport } from '../examples/verificationReport';
import { readVerificationReport } from '../examples/verifiedPayload';

export default function verificationPage(context: LoadContext): Plugin<unknown> {
  return {
    name: 'rolebook-verification-page',
    async loadContent(): Promise<VerificationReport> {
      return readVerificationReport(context.siteDir);
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
