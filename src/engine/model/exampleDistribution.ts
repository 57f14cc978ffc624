import { EXAMPLE_ENVIRONMENT } from './deployment';

/**
 * The CloudFront distribution a reader assumes for the `n`th distribution a
 * template declares (from 0): AWS's documented example ID and domain name
 * (EDFDVBD6EXAMPLE, d111111abcdef8.cloudfront.net), numbered after the first.
 */
export function exampleDistribution(n: number): { id: string; domainName: string; arn: string } {
  const suffix = n <= 0 ? '' : String(n + 1);
  const id = `EDFDVBD6EXAMPLE${suffix}`;
  const { partition, accountId } = EXAMPLE_ENVIRONMENT;
  return { id, domainName: `d111111abcdef8${suffix}.cloudfront.net`, arn: `arn:${partition}:cloudfront::${accountId}:distribution/${id}` };
}
