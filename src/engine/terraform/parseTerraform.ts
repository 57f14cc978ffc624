import type { Position } from '../findings';

/** The JSON form of an HCL file, as @cdktf/hcl2json gives it: blocks become arrays, expressions `${...}` strings. */
export type TerraformConfig = Record<string, unknown>;

export interface TerraformSyntaxError {
  message: string;
  position: Position;
}

/** Parses one .tf file with HashiCorp's own HCL parser (compiled to WebAssembly). Never throws. */
export async function parseTerraform(fileName: string, text: string): Promise<TerraformConfig | TerraformSyntaxError> {
  try {
    const { parse } = await hcl2json();
    return (await parse(fileName, text)) as TerraformConfig;
  } catch (error) {
    // The parser itself did not start (a browser's Content Security Policy may forbid WebAssembly): not the file's fault.
    if ((error as Error)?.name === 'HclParserUnavailable') return { message: (error as Error).message, position: { line: 1, column: 1 } };
    return toSyntaxError(String((error as Error)?.message ?? error));
  }
}

export function isTerraformSyntaxError(x: TerraformConfig | TerraformSyntaxError): x is TerraformSyntaxError {
  return typeof x.message === 'string' && typeof x.position === 'object';
}

// hcl2json reports "parse config: [main.tf:2,7-3,1: Invalid expression; Expected ...]".
function toSyntaxError(raw: string): TerraformSyntaxError {
  const m = /:(\d+),(\d+)(?:-\d+(?:,\d+)?)?: ([^\]]*)/.exec(raw);
  if (!m) return { message: `invalid HCL: ${raw.replace(/^Error: /, '')}`, position: { line: 1, column: 1 } };
  return { message: `invalid HCL: ${m[3].trim()}`, position: { line: Number(m[1]), column: Number(m[2]) } };
}

/** Evaluates a constant HCL expression (for example the argument of `jsonencode(...)`) into JSON. */
export async function evaluateHclLiteral(expression: string): Promise<unknown> {
  const { parse } = await hcl2json();
  const parsed = await parse('expression.tf', `locals {\n  value = ${expression}\n}\n`);
  const locals = (parsed as { locals?: { value?: unknown }[] }).locals;
  return locals?.[0]?.value;
}

// Loaded on first use: the module unpacks and starts a 6.5 MB WebAssembly parser, which a template without Terraform never needs.
function hcl2json(): Promise<typeof import('@cdktf/hcl2json')> {
  return import('@cdktf/hcl2json');
}
