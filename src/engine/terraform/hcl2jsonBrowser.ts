/**
 * `@cdktf/hcl2json` for the browser, with the same `parse(fileName, text)`.
 *
 * The published package is Node-only: it reads `main.wasm.gz` with fs and zlib
 * and loads Go's glue with `require`. Here the site serves the same gzip file
 * (src/plugins/doctorEngine.ts copies it to `<baseUrl>hcl2json/main.wasm.gz`),
 * the package's own glue (`wasm/wasm_exec.js`, which only needs browser
 * globals) runs it, and nothing is fetched until the first .tf file is read.
 * The bundler aliases `@cdktf/hcl2json` to this file for the client only.
 */

type Callback = (error: string | null, result?: string) => void;
type GoExport = (...args: [...string[], Callback]) => void;

interface GoRuntime {
  importObject: WebAssembly.Imports;
  run(instance: WebAssembly.Instance): Promise<void>;
}

// The Go program registers its functions on this global object (see the package's lib/bridge.js).
const EXPORTS_GLOBAL = '__parse_terraform_config_wasm__';

declare const __ROLEBOOK_HCL2JSON_WASM__: string;

let ready: Promise<Record<string, GoExport>> | undefined;

/** Parses one HCL file into the JSON form hcl2json gives (blocks as arrays, expressions as `${...}` strings). */
export async function parse(fileName: string, contents: string): Promise<Record<string, unknown>> {
  const result = await call('parse', fileName, contents);
  return JSON.parse(result) as Record<string, unknown>;
}

async function call(name: string, ...args: string[]): Promise<string> {
  // A failed start (offline, say) is tried again on the next call.
  const exports = await (ready ??= start().catch((error: unknown) => {
    ready = undefined;
    throw unavailable(error);
  }));
  const fn = exports[name];
  if (typeof fn !== 'function') throw new Error(`hcl2json has no function ${name}`);
  return new Promise<string>((resolve, reject) => fn(...args, (error, result) => (error ? reject(new Error(error)) : resolve(result ?? ''))));
}

async function start(): Promise<Record<string, GoExport>> {
  const scope = globalThis as typeof globalThis & { Go?: new () => GoRuntime; global?: unknown; [EXPORTS_GLOBAL]?: Record<string, GoExport> };
  // The Go glue and the program refer to a Node-style `global`.
  scope.global ??= globalThis;
  const wasm = fetchWasm();
  if (!scope.Go) await import('@cdktf/hcl2json/wasm/wasm_exec.js');
  const go = new scope.Go!();
  // Compiling while the file downloads and inflates took about half as long here as one step after the other.
  const { instance } = await WebAssembly.instantiateStreaming(wasm, go.importObject);
  const exports: Record<string, GoExport> = {};
  scope[EXPORTS_GLOBAL] = exports;
  void go.run(instance);
  // The Go main registers its functions synchronously before it blocks; wait a tick in case it does not.
  for (let i = 0; i < 100 && typeof exports.parse !== 'function'; i++) await new Promise((r) => setTimeout(r, 0));
  return exports;
}

async function fetchWasm(): Promise<Response> {
  const response = await fetch(__ROLEBOOK_HCL2JSON_WASM__);
  if (!response.ok || !response.body) throw new Error(`the HCL parser could not be loaded (${response.status})`);
  // A host that serves the .gz with Content-Encoding: gzip has the browser inflate it already.
  const inflated = /gzip/i.test(response.headers.get('content-encoding') ?? '');
  const body = inflated ? response.body : response.body.pipeThrough(new DecompressionStream('gzip'));
  return new Response(body, { headers: { 'content-type': 'application/wasm' } });
}

/** Why the parser could not start, in one line, named so that a caller can tell it from a syntax error. */
function unavailable(error: unknown): Error {
  const text = String((error as Error)?.message ?? error);
  // A Content Security Policy without 'wasm-unsafe-eval' in script-src forbids compiling WebAssembly.
  const reason = /Content Security Policy/i.test(text) ? "this site's Content Security Policy does not allow WebAssembly" : text.split('\n')[0].slice(0, 160);
  return Object.assign(new Error(`the HCL parser (WebAssembly) could not start: ${reason}`), { name: 'HclParserUnavailable' });
}
