import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page, Request } from 'playwright-core';
import { useSite } from './harness';

const { site, open: openPage } = useSite({ clipboard: true });
// Every request of the run, with its body, to prove that none carries the reader's template.
const requests: { url: string; body: string }[] = [];
let watching = false;

async function open(path: string): Promise<Page> {
  if (!watching) site().context.on('request', (request: Request) => requests.push({ url: request.url(), body: request.postData() ?? '' }));
  watching = true;
  return openPage(path);
}

// A task role trusting the wrong principal (ecs.amazonaws.com), in a Fargate task definition with
// no task execution role although its image is in ECR and it logs with awslogs.
const TEMPLATE = `Resources:
  TaskRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal: { Service: ecs.amazonaws.com }
            Action: sts:AssumeRole
  TaskDefinition:
    Type: AWS::ECS::TaskDefinition
    Properties:
      RequiresCompatibilities: [FARGATE]
      NetworkMode: awsvpc
      Cpu: "256"
      Memory: "512"
      TaskRoleArn: !GetAtt TaskRole.Arn
      ContainerDefinitions:
        - Name: app
          Image: 123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/my-app:latest
          LogConfiguration:
            LogDriver: awslogs
            Options: { awslogs-group: /ecs/my-app, awslogs-region: ap-northeast-1, awslogs-stream-prefix: app }
`;

// The same mistake in Terraform: parsing it needs the HCL parser's WebAssembly in the browser.
const TERRAFORM = `resource "aws_iam_role" "task" {
  name = "app-task"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "ecs.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_ecs_task_definition" "app" {
  family                   = "app"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = "256"
  memory                   = "512"
  task_role_arn            = aws_iam_role.task.arn
  container_definitions = jsonencode([{
    name  = "app"
    image = "123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/my-app:latest"
  }])
}
`;

// Strings only the templates contain: no request may carry them, in its URL or its body.
const SECRETS = ['my-app:latest', 'awslogs-stream-prefix', 'app-task', 'TaskRole.Arn'];

const MARKUP = '<img src=x onerror="window.__pwned=1">';

async function runs(page: Page): Promise<number> {
  return Number(await page.locator('[data-testid="doctor"]').getAttribute('data-runs'));
}

/** Waits until the doctor has finished more than `before` runs (it also diagnoses by itself after a paste). */
async function diagnosed(page: Page, before: number): Promise<void> {
  await page.waitForFunction(
    (n) => {
      const doctor = document.querySelector('[data-testid="doctor"]');
      return doctor !== null && Number(doctor.getAttribute('data-runs')) > n && ['done', 'error'].includes(doctor.getAttribute('data-state') ?? '');
    },
    before,
    { timeout: 30_000 },
  );
}

function leaked(since: number): string[] {
  return requests.slice(since).flatMap(({ url, body }) => {
    const seen = `${decodeURIComponent(url)}\n${body}`;
    return SECRETS.filter((s) => seen.includes(s)).map((s) => `${s} in ${url}`);
  });
}

async function pasteAndDiagnose(page: Page, text: string): Promise<void> {
  const before = await runs(page);
  await page.locator('[data-testid="doctor-input"]').fill(text);
  await page.locator('[data-testid="doctor-run"]').click();
  await diagnosed(page, before);
}

test('the Japanese doctor names the wrong principal and the missing execution role, and nothing leaves the browser', async () => {
  const page = await open('/doctor');
  assert.match(await page.locator('[data-testid="doctor"]').innerText(), /ブラウザーの中だけ/);
  const outsideBefore = site().outside.length;
  const since = requests.length;
  await pasteAndDiagnose(page, TEMPLATE);

  const wrongPrincipal = page.locator('li[data-rule][data-kind="wrong-principal"][data-role="TaskRole"]').first();
  await wrongPrincipal.waitFor({ timeout: 10_000 });
  assert.ok((await page.locator('li[data-rule][data-kind="missing-role"]').count()) >= 1, 'a finding for the missing task execution role');
  assert.match(await page.locator('[data-testid="doctor-summary"]').innerText(), /エラー|警告/);
  assert.match(await wrongPrincipal.innerText(), /対処/);
  const rule = await wrongPrincipal.getAttribute('data-rule');
  assert.equal(await wrongPrincipal.locator(`a[href="/doctor/rules/${rule}"]`).count(), 1, 'the rule id links to its page');
  for (const href of await wrongPrincipal.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))) {
    assert.match(href, /^\/(docs|doctor\/rules|verification)[/#]/, `${href} is a page of this site in Japanese`);
  }

  assert.equal(site().outside.length, outsideBefore, 'diagnosing sends nothing outside 127.0.0.1');
  assert.deepEqual(leaked(since), [], 'no request carries the template');
  assert.equal(requests.slice(since).filter((r) => r.url.includes('/hcl2json/')).length, 0, 'the HCL parser loads only for Terraform');
  await page.close();
});

test('the English doctor answers in English, with links into the English pages', async () => {
  const page = await open('/en/doctor');
  assert.match(await page.locator('[data-testid="doctor"]').innerText(), /never sent anywhere/);
  const since = requests.length;
  await pasteAndDiagnose(page, TEMPLATE);

  const wrongPrincipal = page.locator('li[data-rule][data-kind="wrong-principal"][data-role="TaskRole"]').first();
  await wrongPrincipal.waitFor({ timeout: 10_000 });
  assert.ok((await page.locator('li[data-rule][data-kind="missing-role"]').count()) >= 1);
  assert.match(await page.locator('[data-testid="doctor-summary"]').innerText(), /error|warning/i);
  assert.match(await wrongPrincipal.innerText(), /Fix:/);
  assert.doesNotMatch(await wrongPrincipal.innerText(), /[\u3040-\u30ff]/, 'no Japanese in an English finding');
  for (const href of await wrongPrincipal.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))) {
    assert.match(href, /^\/en\/(docs|doctor\/rules|verification)[/#]/, `${href} is an English page`);
  }
  assert.deepEqual(leaked(since), []);
  await page.close();
});

test('"line N" selects that line of the pasted template', async () => {
  const page = await open('/en/doctor');
  await pasteAndDiagnose(page, TEMPLATE);
  const finding = page.locator('li[data-rule][data-kind="wrong-principal"]').first();
  await finding.waitFor({ timeout: 10_000 });
  const line = Number(await finding.getAttribute('data-line'));
  await finding.locator('[data-jump-line]').first().click();
  const selected = await page.evaluate(() => {
    const area = document.activeElement as HTMLTextAreaElement;
    return { id: area.id, text: area.value.slice(area.selectionStart, area.selectionEnd) };
  });
  assert.equal(selected.id, 'doctor-input');
  assert.equal(selected.text, TEMPLATE.split('\n')[line - 1]);
  await page.close();
});

test('markup in a template or a file name is shown as text', async () => {
  const page = await open('/en/doctor');
  const hostile = TEMPLATE.replace('Principal: { Service: ecs.amazonaws.com }', `Principal: { Service: '${MARKUP}' }`).replace('Resources:', `Description: '${MARKUP}'\nResources:`);
  await pasteAndDiagnose(page, hostile);
  const before = await runs(page);
  await page.locator('[data-testid="doctor-files"]').setInputFiles({ name: `${MARKUP}.yaml`, mimeType: 'text/yaml', buffer: Buffer.from(hostile) });
  await diagnosed(page, before);
  assert.match(await page.locator('[data-testid="doctor-file-list"]').innerText(), /<img src=x onerror=/);
  assert.equal(await page.locator('[data-testid="doctor"] img').count(), 0);
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
  assert.equal(await page.locator('[data-testid="doctor-input"]').inputValue(), hostile);
  await page.close();
});

test('a 5 MB paste is refused with a message and the page stays responsive', async () => {
  const page = await open('/en/doctor');
  const huge = TEMPLATE + '# padding line of a huge paste\n'.repeat(170_000);
  await page.evaluate((text) => navigator.clipboard.writeText(text), huge);
  const area = page.locator('[data-testid="doctor-input"]');
  await area.focus();
  await page.keyboard.press('Control+V');
  const started = Date.now();
  assert.equal(await page.evaluate(() => 1 + 1), 2);
  assert.ok(Date.now() - started < 2_000, `the page answered in ${Date.now() - started} ms`);
  await page.locator('[data-testid="doctor-paste-refused"]').waitFor({ timeout: 5_000 });
  assert.equal(await area.inputValue(), '', 'the text area did not take the 5 MB');
  // Past the debounce the page still answers and has not started a run.
  await page.waitForTimeout(1_000);
  const again = Date.now();
  assert.equal(await page.locator('[data-testid="doctor"]').getAttribute('data-state'), 'idle');
  assert.ok(Date.now() - again < 2_000);

  // Files under the limit one by one but over it together are refused as a whole.
  const part = (n: number) => ({ name: `part${n}.yaml`, mimeType: 'text/yaml', buffer: Buffer.from(TEMPLATE + '# padding\n'.repeat(60_000)) });
  await page.locator('[data-testid="doctor-files"]').setInputFiles([part(1), part(2)]);
  await page.locator('[data-testid="doctor-too-large"]').waitFor({ timeout: 5_000 });
  assert.ok(await page.locator('[data-testid="doctor-run"]').isDisabled());
  await page.locator('[data-testid="doctor-file-list"] button').first().click();
  await page.locator('[data-testid="doctor-file-list"] button').first().click();

  // A template of normal size is diagnosed again.
  await pasteAndDiagnose(page, TEMPLATE);
  await page.locator('li[data-rule]').first().waitFor({ timeout: 10_000 });
  await page.close();
});

test('a Terraform file is read in the browser with the HCL parser (WebAssembly)', async () => {
  const page = await open('/en/doctor');
  const since = requests.length;
  await page.locator('[data-testid="doctor-files"]').setInputFiles({ name: 'main.tf', mimeType: 'text/plain', buffer: Buffer.from(TERRAFORM) });
  await diagnosed(page, 0);
  await page.locator('[data-testid="doctor-roles"] li[data-role="aws_iam_role.task"]').waitFor({ timeout: 10_000 });
  const wasm = requests.slice(since).filter((r) => r.url.endsWith('/hcl2json/main.wasm.gz'));
  assert.equal(wasm.length, 1, 'the parser was fetched once, from this site');
  assert.equal(new URL(wasm[0].url).origin, site().origin);
  assert.equal(await page.locator('[data-testid="doctor-problems"]').count(), 0, 'the file was read without problems');
  assert.deepEqual(leaked(since), []);
  await page.close();
});

test('the engine ships with the doctor only: a doc page loads none of it', async () => {
  const scripts = async (path: string, act?: (page: Page) => Promise<void>) => {
    const since = requests.length;
    const page = await open(path);
    await act?.(page);
    await page.close();
    return requests.slice(since).map((r) => new URL(r.url).pathname);
  };
  const docPage = await scripts('/docs/roles/task-role');
  const doctorIdle = await scripts('/doctor');
  const doctorRun = await scripts('/doctor', (page) => pasteAndDiagnose(page, TEMPLATE));
  for (const loaded of [docPage, doctorIdle]) {
    assert.deepEqual(loaded.filter((p) => p.includes('/iam-data/') || p.includes('/hcl2json/')), [], 'no engine data before a diagnosis');
  }
  const engineScripts = doctorRun.filter((p) => p.endsWith('.js') && !doctorIdle.includes(p));
  assert.ok(engineScripts.length > 0, 'the engine arrives with the first diagnosis');
  assert.deepEqual(engineScripts.filter((p) => docPage.includes(p)), [], 'no engine script is loaded by a doc page');
  assert.ok(doctorRun.some((p) => p.includes('/iam-data/data/')), 'IAM data is fetched from this site');
});

test('no request left 127.0.0.1 on the doctor pages', () => {
  assert.deepEqual(site().outside, []);
});
