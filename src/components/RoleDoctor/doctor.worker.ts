/**
 * The role doctor's engine in a Web Worker, so a long diagnosis never blocks
 * typing. The engine and its libraries (YAML, IAM simulator, IAM data reader,
 * the HCL parser's loader) are bundled here, into this page's worker only.
 */
import { diagnose } from '@site/src/engine/doctor/diagnose';
import { oneLine, type DoctorRequest, type DoctorResponse } from './protocol';

const scope = globalThis as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<DoctorRequest>) => void): void;
  postMessage(message: DoctorResponse): void;
};

scope.addEventListener('message', (event) => {
  const { id, inputs } = event.data;
  const start = performance.now();
  diagnose(inputs).then(
    (report) => scope.postMessage({ id, engineMs: performance.now() - start, report }),
    (error: unknown) => scope.postMessage({ id, engineMs: performance.now() - start, error: oneLine(error) }),
  );
});
