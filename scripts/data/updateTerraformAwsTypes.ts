/**
 * Regenerates src/data/terraform-aws-types.json: the resource and data source
 * type names of the Terraform AWS provider.
 *
 * Why this way: the provider schema (`terraform providers schema -json`) needs
 * the Terraform binary and the provider download, neither of which is reachable
 * from a machine that only sees the npm registry. @cdktf/provider-aws is
 * generated from that very schema and is on npm, but it is 392 MB unpacked, so
 * we read the type names out of it once and commit the small list instead of
 * installing it on every `npm ci`.
 *
 * Usage: npx tsx scripts/data/updateTerraformAwsTypes.ts [package-version]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const version = process.argv[2] ?? '21.22.1';
const work = mkdtempSync(join(tmpdir(), 'tf-aws-'));
execFileSync('npm', ['pack', `@cdktf/provider-aws@${version}`, '--silent'], { cwd: work, stdio: ['ignore', 'pipe', 'inherit'] });
const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'));
if (!tarball) throw new Error('npm pack produced no tarball');
execFileSync('tar', ['xzf', tarball], { cwd: work });

const pkgDir = join(work, 'package');
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const resources = new Set<string>();
const dataSources = new Set<string>();
for (const dir of readdirSync(join(pkgDir, 'lib'))) {
  const dts = join(pkgDir, 'lib', dir, 'index.d.ts');
  if (!existsSync(dts)) continue;
  const match = /tfResourceType = "([a-z0-9_]+)"/.exec(readFileSync(dts, 'utf8'));
  if (!match || match[1] === 'aws') continue; // "aws" is the provider block itself
  (dir.startsWith('data-aws-') ? dataSources : resources).add(match[1]);
}

const out = {
  provider: pkg.cdktf?.provider?.name ?? 'registry.terraform.io/hashicorp/aws',
  providerVersion: pkg.cdktf?.provider?.version ?? 'unknown',
  extractedFrom: `@cdktf/provider-aws@${pkg.version}`,
  resources: [...resources].sort(),
  dataSources: [...dataSources].sort(),
};
writeFileSync(join(process.cwd(), 'src/data/terraform-aws-types.json'), JSON.stringify(out, null, 1) + '\n');
console.log(`terraform-aws-types.json: ${out.resources.length} resources, ${out.dataSources.length} data sources (provider ${out.providerVersion})`);
