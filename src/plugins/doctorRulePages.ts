/**
 * Publishes the role doctor's rules, like cfn-lint's rule list: /doctor/rules
 * lists every rule by kind, and /doctor/rules/<id> shows one rule with the
 * errors it causes, the docs section that explains it, and a wrong and a right
 * example, rendered by the same <Example /> as the docs pages and refused the
 * same way when a file changed since `npm run verify` (src/examples/verifiedPayload.ts).
 *
 * Runs once per locale: context.baseUrl already ends in /en/ for English.
 */
import type { LoadContext, Plugin } from '@docusaurus/types';
import { DOCTOR_RULES, type DoctorRule } from '../data/doctorRules';
import { ERROR_CATALOGUE } from '../data/errorCatalogue';
import { DOCTOR_KINDS, type DoctorKind } from '../engine/doctor/types';
import { loadExamples, type LoadedExample } from '../examples/loadExamples';
import { REPORT_PATH } from '../examples/verificationReport';
import { readVerificationReport, verifiedPayload } from '../examples/verifiedPayload';

/** One rule's page: the rule's data, its errors' messages, and its examples as <Example payload> takes them. */
export interface DoctorRulePageData {
  rule: DoctorRule;
  errors: { id: string; message: string }[];
  /** An ExamplePayload as JSON, from examples/mistakes/<badExample>. */
  bad?: string;
  /** An ExamplePayload as JSON, from examples/<goodExample>. */
  good: string;
}

/** The index: rules grouped by kind, in the order of DOCTOR_KINDS. */
export type DoctorRuleIndexData = { kind: DoctorKind; rules: Pick<DoctorRule, 'id' | 'severity' | 'title'>[] }[];

/** The rule pages' path below a locale's base URL. */
export const RULES_PATH = 'doctor/rules';

export default function doctorRulePages(context: LoadContext): Plugin<unknown> {
  return {
    name: 'rolebook-doctor-rule-pages',

    getPathsToWatch() {
      return [`${context.siteDir}/examples/**/*`, `${context.siteDir}/${REPORT_PATH}`];
    },

    async loadContent(): Promise<DoctorRulePageData[]> {
      const { examples } = loadExamples(context.siteDir);
      const report = readVerificationReport(context.siteDir);
      const payload = (rule: DoctorRule, id: string, mistake: boolean) => JSON.stringify(verifiedPayload(exampleOf(examples, rule, id, mistake), report));
      return DOCTOR_RULES.map((rule) => ({
        rule,
        errors: rule.errorIds.map((id) => ({ id, message: errorMessage(rule, id) })),
        ...(rule.badExample ? { bad: payload(rule, rule.badExample, true) } : {}),
        good: payload(rule, rule.goodExample, false),
      }));
    },

    async contentLoaded({ content: loaded, actions }) {
      // Docusaurus types a plugin list as Plugin<unknown>: this is what loadContent returned.
      const content = loaded as DoctorRulePageData[];
      const index: DoctorRuleIndexData = DOCTOR_KINDS.map((kind) => ({
        kind,
        rules: content.filter((p) => p.rule.kind === kind).map(({ rule }) => ({ id: rule.id, severity: rule.severity, title: rule.title })),
      })).filter((group) => group.rules.length > 0);
      actions.addRoute({
        path: `${context.baseUrl}${RULES_PATH}`,
        component: '@site/src/components/DoctorRuleIndex/index.tsx',
        modules: { groups: await actions.createData('doctor-rules.json', JSON.stringify(index)) },
        exact: true,
      });
      for (const page of content) {
        actions.addRoute({
          path: `${context.baseUrl}${RULES_PATH}/${page.rule.id}`,
          component: '@site/src/components/DoctorRulePage/index.tsx',
          modules: { page: await actions.createData(`doctor-rule-${page.rule.id}.json`, JSON.stringify(page)) },
          exact: true,
        });
      }
    },
  };
}

// `npm run verify` checks these references (scripts/verify/doctorRules.ts); here they only stop the build.
function exampleOf(examples: LoadedExample[], rule: DoctorRule, id: string, mistake: boolean): LoadedExample {
  const found = examples.find((e) => e.meta.id === id && e.mistake === mistake);
  if (!found) throw new Error(`doctor rule ${rule.id}: no example "${id}" in ${mistake ? 'examples/mistakes/' : 'examples/'}: run \`npm run verify\``);
  return found;
}

function errorMessage(rule: DoctorRule, id: string): string {
  const entry = ERROR_CATALOGUE.find((e) => e.id === id);
  if (!entry) throw new Error(`doctor rule ${rule.id}: no error "${id}" in src/data/errorCatalogue.ts: run \`npm run verify\``);
  return entry.message;
}
