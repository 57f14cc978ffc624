import type { DoctorInput, DoctorReport } from '@site/src/engine/doctor/types';

/** What the page sends the doctor's worker: one run over all inputs. */
export interface DoctorRequest {
  id: number;
  inputs: DoctorInput[];
}

/** The worker's answer to one request: the report, or a one-line reason it could not make one. */
export type DoctorResponse = { id: number; engineMs: number } & ({ report: DoctorReport } | { error: string });

/** An exception as one line a reader can see: the first line of its message, never a stack. */
export function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const first = message.split('\n')[0].trim();
  return first.length > 200 ? `${first.slice(0, 200)}…` : first;
}
