/** What the role doctor page accepts, and small helpers over the reader's text. */

// Past these, a paste is refused with a message instead of freezing the page: a
// real template is far smaller (CloudFormation itself caps a template at 1 MB).
export const MAX_CHARS = 1_000_000;
export const MAX_LINES = 20_000;

export const FILE_PATTERN = /\.(ya?ml|json|template|tf)$/i;

/** How the pasted text is read; `auto` guesses from its first characters. */
export type PasteFormat = 'auto' | 'yaml' | 'json' | 'tf';

// A Terraform file is a series of top-level blocks: `resource "aws_iam_role" "task" {`.
const TERRAFORM_BLOCK = /^(resource|data|module|variable|locals|provider|terraform|output)(\s+"[^"\n]*")*\s*\{/m;

/** The name the pasted text gets in the doctor's findings; its extension tells the engine the format. */
export function pastedName(text: string, format: PasteFormat): string {
  if (format !== 'auto') return `pasted.${format}`;
  const head = text.trimStart();
  if (head.startsWith('{') || head.startsWith('[')) return 'pasted.json';
  if (TERRAFORM_BLOCK.test(text.slice(0, 20_000))) return 'pasted.tf';
  return 'pasted.yaml';
}

export function countLines(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Start and end offsets of a 1-based line, without its newline. */
export function lineRange(text: string, line: number): [number, number] {
  let start = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', start);
    if (next === -1) return [text.length, text.length];
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  return [start, end === -1 ? text.length : end];
}

/** Offsets where each line starts, computed once per input so excerpts do not rescan it. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

// Long lines (minified JSON) are cut in excerpts.
const EXCERPT_LINE_CHARS = 240;

/** The line and two on either side, numbered, for showing where a finding is. */
export function excerpt(text: string, starts: number[], line: number, around = 2): { number: number; text: string }[] {
  const out: { number: number; text: string }[] = [];
  for (let n = Math.max(1, line - around); n <= Math.min(starts.length, line + around); n++) {
    const end = n < starts.length ? starts[n] - 1 : text.length;
    const content = text.slice(starts[n - 1], end).replace(/\r$/, '');
    out.push({ number: n, text: content.length > EXCERPT_LINE_CHARS ? `${content.slice(0, EXCERPT_LINE_CHARS)}…` : content });
  }
  return out;
}

/** 1.2 MB, 340 KB: sizes of text as readers think of them. */
export function formatSize(chars: number, locale: string): string {
  const format = (n: number) => n.toLocaleString(locale, { maximumFractionDigits: 1 });
  if (chars >= 1_000_000) return `${format(chars / 1_000_000)} MB`;
  if (chars >= 1_000) return `${format(chars / 1_000)} KB`;
  return `${chars} B`;
}
