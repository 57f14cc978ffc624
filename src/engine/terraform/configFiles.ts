/** A `file("...")` or `templatefile("...", ...)` call: a file the configuration reads, relative to its module. */
export interface ConfigFileCall {
  call: 'file' | 'templatefile';
  /** As written, without a leading `${path.module}/` or `${path.root}/`. */
  path: string;
  /** 0-based offset of the call in the text. */
  index: number;
}

/** Every `file()` / `templatefile()` call with a literal path in a Terraform text (or in one expression). */
export function configFileCalls(text: string): ConfigFileCall[] {
  return [...text.matchAll(/\b(file|templatefile)\(\s*"(?:\$\{path\.(?:module|root)\}\/)?([^"$]+)"/g)].map((m) => ({ call: m[1] as ConfigFileCall['call'], path: m[2], index: m.index ?? 0 }));
}
