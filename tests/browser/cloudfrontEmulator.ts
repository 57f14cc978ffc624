import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { isTemplateSyntaxError, parseTemplate } from '../../src/engine/cloudformation/parseTemplate';
import { isRecord } from '../../src/engine/isRecord';

/** What the hosting template tells CloudFront to do, read from the template itself. */
export interface Hosting {
  /** The viewer-request CloudFront Functions handler. */
  viewerRequest: (event: { request: { uri: string } }) => { uri: string };
  /** Response headers from the response headers policy. */
  headers: Record<string, string>;
  /** Custom error responses: S3's status → the status and page CloudFront returns. */
  errors: Map<number, { status: number; page: string }>;
}

const record = (v: unknown): Record<string, unknown> => (isRecord(v) ? v : {});

/** Reads the function, the headers and the error pages from a CloudFormation hosting template. */
export function readHosting(templateText: string): Hosting {
  const parsed = parseTemplate(templateText);
  if (isTemplateSyntaxError(parsed)) throw new Error(`hosting template: ${parsed.message}`);
  const resources = Object.values(record(record(parsed.value).Resources)).map(record);
  const of = (type: string) => record(resources.find((r) => r.Type === type)?.Properties);
  // The function's code is plain JavaScript: cloudfront-js-2.0 runs a subset of what Node runs.
  const viewerRequest = new Function(`${String(of('AWS::CloudFront::Function').FunctionCode)}\nreturn handler;`)() as Hosting['viewerRequest'];
  const security = record(record(of('AWS::CloudFront::ResponseHeadersPolicy').ResponseHeadersPolicyConfig).SecurityHeadersConfig);
  const hsts = record(security.StrictTransportSecurity);
  const headers: Record<string, string> = {
    'strict-transport-security': `max-age=${String(hsts.AccessControlMaxAgeSec)}${hsts.IncludeSubdomains ? '; includeSubDomains' : ''}${hsts.Preload ? '; preload' : ''}`,
    'x-content-type-options': 'nosniff',
    'x-frame-options': String(record(security.FrameOptions).FrameOption),
    'referrer-policy': String(record(security.ReferrerPolicy).ReferrerPolicy),
    'content-security-policy': String(record(security.ContentSecurityPolicy).ContentSecurityPolicy),
  };
  const distribution = record(of('AWS::CloudFront::Distribution').DistributionConfig);
  const errors = new Map<number, { status: number; page: string }>();
  for (const e of Array.isArray(distribution.CustomErrorResponses) ? distribution.CustomErrorResponses.map(record) : []) errors.set(Number(e.ErrorCode), { status: Number(e.ResponseCode), page: String(e.ResponsePagePath) });
  return { viewerRequest, headers, errors };
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.xml': 'application/xml', '.txt': 'text/plain', '.woff2': 'font/woff2', '.wasm': 'application/wasm' };

/**
 * Serves a build folder the way the template's CloudFront and S3 would: the
 * viewer-request function rewrites the path, S3 answers 403 for a key that is
 * not there (CloudFront has no s3:ListBucket), the custom error responses turn
 * that into the 404 page, and every response carries the policy's headers.
 */
export async function serveLikeCloudFront(dir: string, hosting: Hosting): Promise<{ server: Server; origin: string }> {
  const object = (uri: string): string | undefined => {
    const key = normalize(decodeURIComponent(uri)).replace(/^\/+/, '');
    const file = join(dir, key);
    return file.startsWith(dir) && existsSync(file) && statSync(file).isFile() ? file : undefined;
  };
  const server = createServer((req, res) => {
    const { uri } = hosting.viewerRequest({ request: { uri: new URL(req.url ?? '/', 'http://x').pathname } });
    let file = object(uri);
    let status = 200;
    if (!file) {
      const error = hosting.errors.get(403);
      file = error ? object(error.page) : undefined;
      status = error?.status ?? 403;
    }
    res.writeHead(status, { ...hosting.headers, 'content-type': file ? (TYPES[extname(file)] ?? 'application/octet-stream') : 'application/xml' });
    res.end(file ? readFileSync(file) : '<Error><Code>AccessDenied</Code></Error>');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}
