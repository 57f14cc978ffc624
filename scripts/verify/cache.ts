import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../../src/engine/findings';

/**
 * Results of earlier runs keyed by a content hash of everything that decides
 * them: the checked text, the tool version and the pipeline's own code. A warm
 * run with nothing changed then starts no tool at all.
 */
export class ResultCache {
  private entries: Record<string, unknown> = {};
  private used: Record<string, unknown> = {};
  hits = 0;
  misses = 0;

  constructor(private readonly file: string, private readonly pipeline: string) {
    if (existsSync(file)) {
      try {
        const saved = JSON.parse(readFileSync(file, 'utf8')) as { pipeline: string; entries: Record<string, unknown> };
        if (saved.pipeline === pipeline) this.entries = saved.entries;
      } catch {
        // a damaged cache is only a slower run
      }
    }
  }

  key(checker: string, ...parts: string[]): string {
    return `${checker}:${hash(parts.join('\0'))}`;
  }

  get<T = Finding[]>(key: string): T | undefined {
    const hit = this.entries[key] as T | undefined;
    if (hit) {
      this.hits++;
      this.used[key] = hit;
    } else {
      this.misses++;
    }
    return hit;
  }

  set(key: string, value: unknown): void {
    this.entries[key] = value;
    this.used[key] = value;
  }

  /** The cached value, or the computed one (then cached). */
  async through<T>(key: string, compute: () => T | Promise<T>): Promise<T> {
    const hit = this.get<T>(key);
    if (hit !== undefined) return hit;
    const value = await compute();
    this.set(key, value);
    return value;
  }

  /** Saves only the entries this run used, so the cache does not grow without end. */
  save(): void {
    mkdirSync(join(this.file, '..'), { recursive: true });
    writeFileSync(this.file, JSON.stringify({ pipeline: this.pipeline, entries: this.used }));
  }
}

export function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A hash of the verification's own code and configuration: change any of it and every cached result is stale. */
export function pipelineHash(root: string, paths: string[]): string {
  const h = createHash('sha256');
  const visit = (p: string) => {
    const abs = join(root, p);
    if (!existsSync(abs)) return;
    if (statSync(abs).isDirectory()) {
      for (const entry of readdirSync(abs).sort()) visit(join(p, entry));
    } else {
      h.update(p).update('\0').update(readFileSync(abs)).update('\0');
    }
  };
  paths.forEach(visit);
  return h.digest('hex');
}
