/** A problem found in a file, pointing at the line and column a reader should look at. */
export interface Finding {
  /** Path relative to the project root (or the reader's file name, in the doctor). */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  /** `tool/rule`, for example `cfn-lint/W3037` or `iam/unknown-action`. */
  rule: string;
  message: string;
}

/** A 1-based position in a text. */
export interface Position {
  line: number;
  column: number;
  /** The input it is in, when a reader reads several (the role doctor). */
  file?: string;
}

/** Converts a 0-based character offset into a 1-based line and column. */
export function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/** Finds the first occurrence of `needle` at or after line `fromLine`, as a position. */
export function locateText(text: string, needle: string, fromLine = 1): Position | undefined {
  let offset = 0;
  for (let line = 1; line < fromLine; line++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) break;
    offset = next + 1;
  }
  const at = text.indexOf(needle, offset);
  return at < 0 ? undefined : positionAt(text, at);
}
