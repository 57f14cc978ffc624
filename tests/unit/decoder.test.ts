import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fillVariants } from '../../scripts/decoder/fillVariants';
import { ERROR_CATALOGUE } from '../../src/data/errorCatalogue';
import { readAssumedRole } from '../../src/engine/decoder/assumedRole';
import { ErrorMatcher } from '../../src/engine/decoder/matchErrors';
import { MAX_INPUT, tokenize } from '../../src/engine/decoder/tokens';

const matcher = new ErrorMatcher(ERROR_CATALOGUE.map((e) => ({ id: e.id, texts: e.messageJa ? [e.message, e.messageJa] : [e.message] })));

test('values that differ between readers are not part of the wording', () => {
  const a = tokenize('User: arn:aws:sts::444455556666:assumed-role/x/0123456789abcdef0123456789abcdef at 2026-11-25T09:15:02Z in us-east-1, request id: 1b2c3d4e-1111-2222-3333-444455556666');
  const b = tokenize('User: arn:aws:sts::<account-id>:assumed-role/x/<task-id> at <time> in <region>, request id: <request-id>');
  assert.deepEqual(a, b);
});

test('Japanese text is matched by character pairs', () => {
  assert.deepEqual(tokenize('シークレット取得'), ['シー', 'ーク', 'クレ', 'レッ', 'ット', 'ト取', '取得']);
});

test('only the first MAX_INPUT characters of a huge paste are read', () => {
  const huge = 'word '.repeat(1_000_000);
  assert.equal(tokenize(huge).length, MAX_INPUT / 5);
});

test('every catalogue message, filled with a reader’s own values, wrapped by a tool or cut short, finds its entry first', () => {
  for (const [index, entry] of ERROR_CATALOGUE.entries()) {
    for (const { variant, text } of fillVariants(entry.message, index)) {
      const [first] = matcher.match(text, 3);
      assert.equal(first?.id, entry.id, `${entry.id} (${variant}) ranked ${first?.id} first`);
    }
  }
});

test('a few typed words find the entry that contains them', () => {
  const [first] = matcher.match('Unable to locate credentials');
  assert.ok(first && ERROR_CATALOGUE.find((e) => e.id === first.id)!.message.includes('Unable to locate credentials'), first?.id);
});

test('nothing in common gives no result', () => {
  assert.deepEqual(matcher.match('the quick brown fox'), []);
  assert.deepEqual(matcher.match(''), []);
});

test('the session name tells who used the role', () => {
  const arn = (session: string) => `User: arn:aws:sts::123456789012:assumed-role/my-role/${session} is not authorized`;
  assert.equal(readAssumedRole(arn('0123456789abcdef0123456789abcdef'))?.usedBy, 'ecs-task');
  assert.equal(readAssumedRole(arn('i-0abc1234def567890'))?.usedBy, 'ec2-instance');
  assert.equal(readAssumedRole(arn('GitHubActions'))?.usedBy, 'person-or-ci');
  assert.equal(readAssumedRole(`${arn('my-fn')} to perform: lambda:InvokeFunction`)?.usedBy, 'lambda-function');
  assert.equal(readAssumedRole(arn('my-session'))?.usedBy, 'unknown');
  const exec = readAssumedRole('arn:aws:sts::123456789012:assumed-role/ecsTaskExecutionRole/0123456789abcdef0123456789abcdef');
  assert.deepEqual([exec?.roleName, exec?.looksLikeExecutionRole], ['ecsTaskExecutionRole', true]);
  assert.equal(readAssumedRole('no role here'), undefined);
});
