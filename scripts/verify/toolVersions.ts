/**
 * Tool versions the verification pins. cfn-lint is a Python CLI outside
 * package.json, so its version is pinned here and checked at run time.
 */
export const CFN_LINT_VERSION = '1.51.0';
