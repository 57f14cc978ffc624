import type { DoctorInput, DoctorReport } from '@site/src/engine/doctor/types';
import { oneLine, type DoctorRequest, type DoctorResponse } from './protocol';

/** One finished run: the report, or the one-line reason there is none. */
export type DoctorOutcome = { engineMs: number } & ({ report: DoctorReport } | { error: string });

export interface DoctorClient {
  run(inputs: DoctorInput[]): Promise<DoctorOutcome>;
  /** Starts the worker (which loads the engine) ahead of the first run. */
  warm(): void;
  dispose(): void;
}

/** Runs the engine in the page itself: the fallback where a worker cannot start. */
async function runInPage(inputs: DoctorInput[]): Promise<DoctorOutcome> {
  const start = performance.now();
  try {
    const { diagnose } = await import('@site/src/engine/doctor/diagnose');
    return { engineMs: performance.now() - start, report: await diagnose(inputs) };
  } catch (error) {
    return { engineMs: performance.now() - start, error: oneLine(error) };
  }
}

/**
 * Runs the doctor in a Web Worker, created on first use, so the engine is
 * fetched only when a reader asks for a diagnosis. Where a worker cannot start
 * (no Worker, or its script fails to load) the engine is imported into the page.
 */
export function createDoctorClient(): DoctorClient {
  let worker: Worker | undefined;
  let broken = typeof Worker === 'undefined';
  let nextId = 1;
  const pending = new Map<number, { inputs: DoctorInput[]; resolve: (outcome: DoctorOutcome) => void }>();

  const startWorker = (): Worker => {
    const w = new Worker(new URL('./doctor.worker.ts', import.meta.url));
    w.addEventListener('message', (event: MessageEvent<DoctorResponse>) => {
      const { id, ...outcome } = event.data;
      pending.get(id)?.resolve(outcome);
      pending.delete(id);
    });
    w.addEventListener('error', (event) => {
      event.preventDefault();
      broken = true;
      w.terminate();
      worker = undefined;
      for (const { inputs, resolve } of pending.values()) void runInPage(inputs).then(resolve);
      pending.clear();
    });
    return w;
  };

  const ensureWorker = () => {
    if (broken || worker) return;
    try {
      worker = startWorker();
    } catch {
      broken = true;
    }
  };

  return {
    warm: ensureWorker,
    run(inputs) {
      ensureWorker();
      if (broken || !worker) return runInPage(inputs);
      const id = nextId++;
      const request: DoctorRequest = { id, inputs };
      const target = worker;
      return new Promise<DoctorOutcome>((resolve) => {
        pending.set(id, { inputs, resolve });
        target.postMessage(request);
      });
    },
    dispose() {
      worker?.terminate();
      worker = undefined;
      pending.clear();
    },
  };
}
