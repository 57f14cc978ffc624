import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type ScalarTag, type CollectionTag, type Node } from 'yaml';
import type { Position } from '../findings';
import type { JsonPath } from '../jsonSource';

/** A CloudFormation template (YAML or JSON) parsed with positions; short-form tags become long-form intrinsics. */
export interface TemplateSource {
  value: unknown;
  locate(path: JsonPath): Position;
}

export interface TemplateSyntaxError {
  message: string;
  position: Position;
}

// CloudFormation's short forms: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference.html
const FUNCTIONS = ['Base64', 'Cidr', 'FindInMap', 'GetAZs', 'ImportValue', 'Join', 'Select', 'Split', 'Sub', 'Transform', 'If', 'Equals', 'Not', 'And', 'Or', 'ToJsonString', 'Length'];

function longForm(name: string): string {
  return name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`;
}

const tags: (ScalarTag | CollectionTag)[] = [];
for (const name of [...FUNCTIONS, 'Ref', 'Condition', 'GetAtt']) {
  const wrap = (value: unknown) => {
    // !GetAtt Role.Arn is a string; the long form wants ["Role", "Arn"].
    if (name === 'GetAtt' && typeof value === 'string') {
      const dot = value.indexOf('.');
      return { 'Fn::GetAtt': [value.slice(0, dot), value.slice(dot + 1)] };
    }
    return { [longForm(name)]: value };
  };
  tags.push({ tag: `!${name}`, resolve: (str: string) => wrap(str) } as ScalarTag);
  tags.push({ tag: `!${name}`, collection: 'seq', resolve: (seq: { toJSON(): unknown }) => wrap(seq.toJSON()) } as unknown as CollectionTag);
  tags.push({ tag: `!${name}`, collection: 'map', resolve: (map: { toJSON(): unknown }) => wrap(map.toJSON()) } as unknown as CollectionTag);
}

/** Parses a template; returns the first syntax error (with its line) instead of throwing. */
export function parseTemplate(text: string): TemplateSource | TemplateSyntaxError {
  const lineCounter = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(text, { customTags: tags, lineCounter, uniqueKeys: true, prettyErrors: false, version: '1.2' });
  } catch (error) {
    return { message: `invalid template: ${(error as Error).message}`, position: { line: 1, column: 1 } };
  }
  const first = doc.errors[0];
  if (first) {
    const pos = lineCounter.linePos(first.pos[0]);
    return { message: `invalid YAML: ${first.message.split('\n')[0]}`, position: { line: pos.line, column: pos.col } };
  }
  return {
    value: doc.toJS({ maxAliasCount: 100 }),
    locate(path) {
      for (let depth = path.length; depth >= 0; depth--) {
        const node = nodeAt(doc, path.slice(0, depth));
        if (node?.range) {
          const pos = lineCounter.linePos(node.range[0]);
          return { line: pos.line, column: pos.col };
        }
      }
      return { line: 1, column: 1 };
    },
  };
}

export function isTemplateSyntaxError(x: TemplateSource | TemplateSyntaxError): x is TemplateSyntaxError {
  return 'message' in x;
}

/** The node at a path; for a block map or list under a key, the key itself, which is the line a reader looks at. */
function nodeAt(doc: Document, path: JsonPath): Node | undefined {
  let node: unknown = doc.contents;
  let key: unknown;
  for (const step of path) {
    key = undefined;
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === step);
      key = pair?.key;
      node = pair?.value;
    } else if (isSeq(node) && typeof step === 'number') {
      node = node.items[step];
    } else {
      return undefined;
    }
  }
  if ((isMap(node) || isSeq(node)) && isScalar(key)) return key as Node;
  return node as Node | undefined;
}
