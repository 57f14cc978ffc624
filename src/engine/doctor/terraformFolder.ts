import { positionAt, type Position } from '../findings';
import { configFileCalls } from '../terraform/configFiles';
import type { DoctorInput } from './types';

/** Several .tf files joined into one text, with a way back from a line of the joined text to its file. */
export interface JoinedTerraform {
  text: string;
  origin(line: number): Position & { file: string };
}

/** Joins a folder's .tf files: Terraform merges them into one configuration anyway. */
export function joinTerraformFiles(files: DoctorInput[]): JoinedTerraform {
  const starts: { file: string; firstLine: number }[] = [];
  let line = 1;
  const parts: string[] = [];
  for (const f of files) {
    starts.push({ file: f.name, firstLine: line });
    const text = f.text.endsWith('\n') ? f.text : `${f.text}\n`;
    parts.push(text);
    line += text.split('\n').length - 1;
  }
  return {
    text: parts.join(''),
    origin(at: number) {
      const start = [...starts].reverse().find((s) => s.firstLine <= at) ?? starts[0];
      return { file: start.file, line: at - start.firstLine + 1, column: 1 };
    },
  };
}

/** `file("...")` and `templatefile("...")` calls whose file is not among the inputs. */
export function missingConfigFiles(joined: JoinedTerraform, exists: (path: string) => boolean): { call: string; path: string; line: number }[] {
  return configFileCalls(joined.text)
    .filter((c) => !exists(c.path))
    .map((c) => ({ call: c.call, path: c.path, line: positionAt(joined.text, c.index).line }));
}
