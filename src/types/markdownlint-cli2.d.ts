// markdownlint-cli2 ships JavaScript with JSDoc types that TypeScript does not pick up
// through its package exports; this is the part of its API that scripts/verify/markdown.ts uses.
declare module 'markdownlint-cli2' {
  export function main(params: {
    directory?: string;
    argv?: string[];
    optionsOverride?: Record<string, unknown>;
    logMessage?: (message: string) => void;
    logError?: (message: string) => void;
  }): Promise<number>;
}
