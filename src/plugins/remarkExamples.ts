/**
 * Remark plugin: turns `<Example id="..." />` in a page into the example's
 * verified files. The code is read from examples/<id>/ at build time and handed
 * to the component as a prop, so it is never pasted into MDX and each snippet
 * ships only with the pages that show it.
 *
 * The build refuses an example that `npm run verify` has not passed in its
 * current form (src/examples/verifiedPayload.ts).
 */
import { loadExamples } from '../examples/loadExamples';
import { readVerificationReport, verifiedPayload } from '../examples/verifiedPayload';

interface MdxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface MdxNode {
  type: string;
  name?: string | null;
  attributes?: MdxAttribute[];
  children?: MdxNode[];
}
interface VFileLike {
  path?: string;
  fail(reason: string, place?: unknown): never;
}

export default function remarkExamples(options: { siteDir: string }) {
  return (tree: MdxNode, file: VFileLike) => {
    const tags: MdxNode[] = [];
    walk(tree, (node) => {
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Example') tags.push(node);
    });
    if (tags.length === 0) return;

    // Read fresh for every page: cheap (a few small files), and right in watch mode.
    const { examples } = loadExamples(options.siteDir);
    const report = readVerificationReport(options.siteDir, (message) => file.fail(message, tags[0]));

    for (const node of tags) {
      const idAttribute = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
      const id = typeof idAttribute?.value === 'string' ? idAttribute.value : undefined;
      if (!id) file.fail('<Example> needs a literal id, for example <Example id="task-role-invoke-lambda" />', node);
      const example = examples.find((e) => e.meta.id === id);
      if (!example) file.fail(`no example "${id}" in examples/`, node);
      const payload = verifiedPayload(example, report, (message) => file.fail(message, node));
      node.attributes = [
        { type: 'mdxJsxAttribute', name: 'id', value: id },
        { type: 'mdxJsxAttribute', name: 'payload', value: JSON.stringify(payload) },
      ];
    }
  };
}

function walk(node: MdxNode, visit: (node: MdxNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}
