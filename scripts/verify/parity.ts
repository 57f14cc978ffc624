import { locateText, type Finding } from '../../src/engine/findings';

/** A translated tree: the Japanese folder (default locale) and its English twin. */
export interface LocaleTree {
  jaDir: string;
  enDir: string;
  /** Paths relative to each folder. */
  jaFiles: string[];
  enFiles: string[];
}

/** Every page in Japanese has an English twin at the same path, and the other way round. */
export function checkPageParity(tree: LocaleTree): Finding[] {
  const findings: Finding[] = [];
  const en = new Set(tree.enFiles);
  const ja = new Set(tree.jaFiles);
  for (const f of tree.jaFiles) {
    if (!en.has(f)) findings.push({ file: `${tree.jaDir}/${f}`, line: 1, column: 1, rule: 'parity/missing-english', message: `no English twin: add ${tree.enDir}/${f}` });
  }
  for (const f of tree.enFiles) {
    if (!ja.has(f)) findings.push({ file: `${tree.enDir}/${f}`, line: 1, column: 1, rule: 'parity/missing-japanese', message: `no Japanese twin: add ${tree.jaDir}/${f}` });
  }
  return findings;
}

/**
 * Ids of `translate({id: ...})` and `<Translate id=...>` in a component, with
 * their lines. Only files that import @docusaurus/Translate count, and our ids
 * are namespaced (`home.title`), which keeps data `id:` fields out.
 */
export function translationIds(text: string): { id: string; line: number }[] {
  const out: { id: string; line: number }[] = [];
  if (!text.includes('@docusaurus/Translate')) return out;
  text.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(/(?:<Translate\s[^>]*?\bid=|\bid:\s*)(["'])([\w-]+\.[\w.-]+)\1/g)) out.push({ id: m[2], line: i + 1 });
  });
  return out;
}

/** Every translation id used in the site's components has an English message in i18n/en/code.json. */
export function checkCodeTranslations(sources: { file: string; text: string }[], englishMessages: Record<string, unknown>, codeJsonPath: string): Finding[] {
  const findings: Finding[] = [];
  for (const source of sources) {
    for (const { id, line } of translationIds(source.text)) {
      const entry = englishMessages[id] as { message?: unknown } | undefined;
      if (!entry || typeof entry.message !== 'string' || entry.message.trim() === '') {
        findings.push({ file: source.file, line, column: 1, rule: 'parity/missing-translation', message: `no English message for "${id}" in ${codeJsonPath}` });
      }
    }
  }
  return findings;
}

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

/** An English translation file must not carry Japanese messages: that is a translation someone forgot. */
export function checkEnglishMessages(file: string, text: string): Finding[] {
  const findings: Finding[] = [];
  const messages = JSON.parse(text) as Record<string, { message?: unknown }>;
  for (const [id, entry] of Object.entries(messages)) {
    if (typeof entry?.message === 'string' && JAPANESE.test(entry.message)) {
      const at = locateText(text, JSON.stringify(id)) ?? { line: 1, column: 1 };
      findings.push({ file, ...at, rule: 'parity/untranslated', message: `"${id}" is still in Japanese in the English translation: "${entry.message.slice(0, 60)}"` });
    }
  }
  return findings;
}
