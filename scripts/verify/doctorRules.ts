import type { DoctorRule } from '../../src/data/doctorRules';
import { LOCALES, type Locale } from '../../src/data/localized';
import { locateText, type Finding } from '../../src/engine/findings';
import type { LoadedExample } from '../../src/examples/loadExamples';
import type { Page } from './exampleUsage';

/** What the rule check reads: the rules and their source text, and everything they point at. */
export interface DoctorRulesInput {
  /** The rules' source file, relative to the project root (src/data/doctorRules.ts). */
  file: string;
  text: string;
  rules: readonly DoctorRule[];
  /** Ids in the error catalogue. */
  errorIds: readonly string[];
  examples: readonly (Pick<LoadedExample, 'mistake'> & { meta: Pick<LoadedExample['meta'], 'id' | 'expectedFailures'> })[];
  /** Docs pages in each language (docId without extension, text). */
  pages: Record<Locale, readonly Pick<Page, 'docId' | 'text'>[]>;
}

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;
// Docusaurus's MDX heading id: `## Title {/* #anchor */}`.
const HEADING_ID = /^#{1,6}\s.*\{\/\*\s*#([\w-]+)\s*\*\/\}\s*$/gm;

/** Each doctor rule's references exist: catalogue errors, its right and wrong examples, and its docs section in both languages. */
export function checkDoctorRules(input: DoctorRulesInput): Finding[] {
  const findings: Finding[] = [];
  const errorIds = new Set(input.errorIds);
  const anchors = Object.fromEntries(LOCALES.map((locale) => [locale, new Map(input.pages[locale].map((p) => [p.docId, headingIds(p.text)]))])) as Record<Locale, Map<string, Set<string>>>;
  const seen = new Set<string>();
  let fromLine = 1;
  for (const rule of input.rules) {
    const at = locateText(input.text, `id: '${rule.id}'`, fromLine) ?? locateText(input.text, `'${rule.id}'`) ?? { line: 1, column: 1 };
    fromLine = at.line;
    const report = (check: string, message: string) => findings.push({ file: input.file, line: at.line, column: at.column, rule: `doctor-rules/${check}`, message: `${rule.id}: ${message}` });

    if (seen.has(rule.id)) report('duplicate-id', 'another rule has this id');
    seen.add(rule.id);

    for (const field of ['title', 'description'] as const) {
      for (const locale of LOCALES) if (!rule[field][locale]?.trim()) report('language', `no ${locale === 'ja' ? 'Japanese' : 'English'} ${field}`);
      if (JAPANESE.test(rule[field].en ?? '')) report('language', `the English ${field} is still in Japanese`);
    }

    for (const id of rule.errorIds) if (!errorIds.has(id)) report('unknown-error', `no error "${id}" in the error catalogue (src/data/errorCatalogue.ts)`);

    const good = input.examples.find((e) => e.meta.id === rule.goodExample && !e.mistake);
    if (!good) {
      const mistake = input.examples.some((e) => e.meta.id === rule.goodExample);
      report('good-example', mistake ? `goodExample "${rule.goodExample}" is a mistake (examples/mistakes/): name a recommended example` : `goodExample "${rule.goodExample}" is not in examples/`);
    }

    if (rule.badExample !== undefined) {
      const bad = input.examples.find((e) => e.meta.id === rule.badExample && e.mistake);
      if (!bad) {
        const recommended = input.examples.some((e) => e.meta.id === rule.badExample);
        report('bad-example', recommended ? `badExample "${rule.badExample}" is a recommended example, not a mistake: name one under examples/mistakes/` : `badExample "${rule.badExample}" is not in examples/mistakes/`);
      } else if (!(bad.meta.expectedFailures ?? []).some((f) => f.rule === `doctor/${rule.id}`)) {
        // Verify asserts a mistake's declared failures, so the declaration is what proves the example triggers the rule.
        report('bad-example', `badExample "${rule.badExample}" does not declare { "rule": "doctor/${rule.id}" } in its expectedFailures, so nothing proves it triggers this rule`);
      }
    }

    const [docId, anchor] = rule.page.split('#');
    if (!anchor) report('page', `page "${rule.page}" has no #anchor: point at the section that explains the rule`);
    for (const locale of LOCALES) {
      const ids = anchors[locale].get(docId);
      const language = locale === 'ja' ? 'Japanese' : 'English';
      if (!ids) report('page', `no ${language} docs page "${docId}"`);
      else if (anchor && !ids.has(anchor)) report('anchor', `the ${language} page "${docId}" has no heading {/* #${anchor} */}`);
    }
  }
  return findings;
}

function headingIds(text: string): Set<string> {
  return new Set([...text.matchAll(HEADING_ID)].map((m) => m[1]));
}
