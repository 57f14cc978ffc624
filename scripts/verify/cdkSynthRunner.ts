/**
 * Child process of cdkSynth.ts: imports each CDK stack file with CDK_OUTDIR set
 * to its own folder. Each file's `new App()` reads CDK_OUTDIR when it is
 * constructed and synthesizes itself when the process is about to exit, so one
 * process (one load of aws-cdk-lib, about 2.5 s) synthesizes every example.
 *
 * argv: pairs of <outdir> <stack file>. A file that throws is reported on stderr
 * as one JSON line {"file", "message"} and the others go on.
 */
import { pathToFileURL } from 'node:url';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  for (let i = 0; i + 1 < args.length; i += 2) {
    process.env.CDK_OUTDIR = args[i];
    try {
      await import(pathToFileURL(args[i + 1]).href);
    } catch (error) {
      process.stderr.write(JSON.stringify({ file: args[i + 1], message: error instanceof Error ? error.message : String(error) }) + '\n');
    }
  }
  delete process.env.CDK_OUTDIR;
}

void main();
