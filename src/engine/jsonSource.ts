import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { positionAt, type Position } from './findings';

export type JsonPath = (string | number)[];

/** A JSON text parsed with positions, so findings can point at the key or value they are about. */
export interface JsonSource {
  value: unknown;
  /** Position of the value at `path`, or of its nearest existing parent. */
  locate(path: JsonPath): Position;
}

export interface JsonSyntaxError {
  message: string;
  position: Position;
}

/** Parses strict JSON (no comments, no trailing commas). Returns the first syntax error instead of throwing. */
export function parseJsonSource(text: string): JsonSource | JsonSyntaxError {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0 || !root) {
    const first = errors[0];
    const offset = first ? first.offset : 0;
    const message = first ? `invalid JSON: ${describe(printParseErrorCode(first.error))}` : 'invalid JSON: the file is empty';
    return { message, position: positionAt(text, offset) };
  }
  return {
    value: toValue(root),
    locate(path) {
      for (let depth = path.length; depth >= 0; depth--) {
        const node = findNodeAtLocation(root, path.slice(0, depth));
        if (node) {
          // For a property value, point at its key: that is where a reader looks.
          const target = node.parent?.type === 'property' ? node.parent : node;
          return positionAt(text, target.offset);
        }
      }
      return { line: 1, column: 1 };
    },
  };
}

export function isJsonSyntaxError(x: JsonSource | JsonSyntaxError): x is JsonSyntaxError {
  return 'message' in x && 'position' in x;
}

function toValue(node: Node): unknown {
  switch (node.type) {
    case 'object':
      return Object.fromEntries((node.children ?? []).map((p) => [p.children![0].value as string, toValue(p.children![1])]));
    case 'array':
      return (node.children ?? []).map(toValue);
    default:
      return node.value;
  }
}

// jsonc-parser names errors like "PropertyNameExpected"; a reader wants words.
function describe(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
