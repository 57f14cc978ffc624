// Makes <Example /> available in every MDX page without an import.
import MDXComponents from '@theme-original/MDXComponents';
import Example from '@site/src/components/Example';

export default {
  ...MDXComponents,
  Example,
};
