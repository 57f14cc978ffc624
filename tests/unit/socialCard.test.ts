import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { hash } from '../../scripts/verify/cache';
import { checkSocialCard, SOCIAL_CARD, sourceHashOf, withSourceHash } from '../../scripts/verify/socialCard';

const root = join(import.meta.dirname, '../..');
const png = readFileSync(join(root, SOCIAL_CARD.png));
const svgHash = hash(readFileSync(join(root, SOCIAL_CARD.svg), 'utf8'));

test('the committed social card was rendered from the committed SVG, at 1200x630', () => {
  assert.deepEqual(checkSocialCard(svgHash, png), []);
});

test('a card rendered from another SVG, of another size, or missing is reported', () => {
  assert.match(checkSocialCard('0'.repeat(64), png)[0].message, /was not rendered from the current static\/img\/social-card\.svg/);
  const resized = Buffer.from(png);
  resized.writeUInt32BE(600, 16);
  assert.match(checkSocialCard(svgHash, resized)[0].message, /is 600x630, not 1200x630/);
  assert.deepEqual(checkSocialCard(svgHash, undefined).map((f) => `${f.file}:${f.line} ${f.rule}`), ['static/img/social-card.png:1 site/social-card']);
});

test('the source hash goes into a tEXt chunk before IEND, and the PNG still ends with IEND', () => {
  const marked = withSourceHash(png, 'abc');
  assert.equal(sourceHashOf(marked), 'abc');
  assert.equal(marked.subarray(-8, -4).toString('latin1'), 'IEND');
});
