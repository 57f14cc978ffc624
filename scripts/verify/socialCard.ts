import { crc32 } from 'node:zlib';
import type { Finding } from '../../src/engine/findings';

/** The site's link preview card: the SVG source and the PNG rendered from it. */
export const SOCIAL_CARD = { svg: 'static/img/social-card.svg', png: 'static/img/social-card.png', width: 1200, height: 630 } as const;

const KEYWORD = 'rolebook:source-sha256';

/** The chunks of a PNG after its 8-byte signature: type, data, and where the chunk starts and ends. */
function chunks(png: Buffer): { type: string; data: Buffer; start: number; end: number }[] {
  const out: { type: string; data: Buffer; start: number; end: number }[] = [];
  for (let at = 8; at + 12 <= png.length; ) {
    const length = png.readUInt32BE(at);
    out.push({ type: png.toString('latin1', at + 4, at + 8), data: png.subarray(at + 8, at + 8 + length), start: at, end: at + 12 + length });
    at += 12 + length;
  }
  return out;
}

const isOurs = (c: { type: string; data: Buffer }) => c.type === 'tEXt' && c.data.toString('latin1').startsWith(`${KEYWORD}\0`);

/** The PNG with one tEXt chunk naming the SHA-256 of the SVG it was rendered from, just before IEND. */
export function withSourceHash(png: Buffer, sha256: string): Buffer {
  const data = Buffer.from(`${KEYWORD}\0${sha256}`, 'latin1');
  const chunk = Buffer.alloc(12 + data.length);
  chunk.writeUInt32BE(data.length, 0);
  chunk.write('tEXt', 4, 'latin1');
  data.copy(chunk, 8);
  chunk.writeUInt32BE(crc32(chunk.subarray(4, 8 + data.length)), 8 + data.length);
  const kept = chunks(png).filter((c) => !isOurs(c));
  const iend = kept.findIndex((c) => c.type === 'IEND');
  return Buffer.concat([png.subarray(0, 8), ...kept.slice(0, iend).map((c) => png.subarray(c.start, c.end)), chunk, ...kept.slice(iend).map((c) => png.subarray(c.start, c.end))]);
}

/** The source hash a PNG carries, if it has one. */
export function sourceHashOf(png: Buffer): string | undefined {
  return chunks(png).find(isOurs)?.data.toString('latin1').split('\0')[1];
}

/** The PNG exists, has the size link previews use, and was rendered from the current SVG. */
export function checkSocialCard(svgSha256: string, png: Buffer | undefined): Finding[] {
  const at = { file: SOCIAL_CARD.png, line: 1, column: 1, rule: 'site/social-card' };
  if (!png) return [{ ...at, message: `missing: run \`npm run social-card\` to render ${SOCIAL_CARD.svg}` }];
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  if (width !== SOCIAL_CARD.width || height !== SOCIAL_CARD.height) return [{ ...at, message: `is ${width}x${height}, not ${SOCIAL_CARD.width}x${SOCIAL_CARD.height}: run \`npm run social-card\`` }];
  if (sourceHashOf(png) !== svgSha256) return [{ ...at, message: `was not rendered from the current ${SOCIAL_CARD.svg}: run \`npm run social-card\`` }];
  return [];
}
