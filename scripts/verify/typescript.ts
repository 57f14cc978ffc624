import { join } from 'node:path';
import type { Finding } from '../../src/engine/findings';

export interface TypeScriptFile {
  /** Relative to the project root. */
  path: string;
  text: string;
}

/**
 * Type-checks all TypeScript snippets in one ts-morph Project, strict, against
 * the real packages in node_modules (aws-cdk-lib, constructs, @aws-sdk/*).
 * One Project for all files: loading aws-cdk-lib's declarations is the cost
 * (about 6-7 s here), not the number of files.
 */
export async function checkTypeScript(root: string, files: TypeScriptFile[]): Promise<{ findings: Finding[]; version: string }> {
  // Imported here, not at the top: a warm run with nothing changed never pays for loading the compiler.
  const { Project, ts } = await import('ts-morph');
  if (files.length === 0) return { findings: [], version: ts.version };
  const project = new Project({
    compilerOptions: {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.Node16,
      moduleResolution: ts.ModuleResolutionKind.Node16,
      esModuleInterop: true,
      skipLibCheck: true,
      noUnusedLocals: true,
      types: ['node'],
      typeRoots: [join(root, 'node_modules', '@types')],
    },
    skipAddingFilesFromTsConfig: true,
  });
  for (const file of files) project.createSourceFile(join(root, file.path), file.text, { overwrite: true });
  const findings: Finding[] = [];
  for (const diagnostic of project.getPreEmitDiagnostics()) {
    const source = diagnostic.getSourceFile();
    const start = diagnostic.getStart() ?? 0;
    const pos = source ? source.getLineAndColumnAtPos(start) : { line: 1, column: 1 };
    const message = ts.flattenDiagnosticMessageText(diagnostic.compilerObject.messageText, '\n').split('\n')[0];
    findings.push({
      file: source ? source.getFilePath().slice(root.length + 1) : files[0].path,
      line: pos.line,
      column: pos.column,
      rule: `typescript/TS${diagnostic.getCode()}`,
      message,
    });
  }
  return { findings, version: ts.version };
}
