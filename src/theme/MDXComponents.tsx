// Makes Rolebook's components available in every MDX page without an import.
import MDXComponents from '@theme-original/MDXComponents';
import ErrorCatalogue from '@site/src/components/ErrorCatalogue';
import Example from '@site/src/components/Example';
import RoleMatrix from '@site/src/components/RoleMatrix';
import TrustDiagram from '@site/src/components/TrustDiagram';

export default {
  ...MDXComponents,
  ErrorCatalogue,
  Example,
  RoleMatrix,
  TrustDiagram,
};
