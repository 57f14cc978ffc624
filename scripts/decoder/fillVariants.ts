/**
 * Realistic versions of a catalogue message, as readers paste them: the
 * placeholders filled with other values, wrapped by the SDK, the CLI or
 * CloudFormation, broken over lines, or cut short.
 */
const ACCOUNTS = ['444455556666', '111122223333', '210987654321'];
const REGIONS = ['us-east-1', 'eu-west-1', 'ap-southeast-2'];

function fill(message: string, seed: number): string {
  return message.replace(/<([a-z0-9_-]+)>/gi, (_, name: string) => {
    const n = name.toLowerCase();
    if (n.includes('account')) return ACCOUNTS[seed % 3];
    if (n === 'region') return REGIONS[seed % 3];
    if (n.includes('request')) return `${(seed * 7919).toString(16).padStart(8, '0')}-1a2b-4c3d-8e9f-0a1b2c3d4e5f`;
    if (n.includes('task-id') || n === 'task') return `${(seed * 104729).toString(16).padStart(8, '0')}9f8e7d6c5b4a39281706f5e4d3c2b1a0`.slice(0, 32);
    if (n.includes('instance')) return `i-0${(seed * 9973).toString(16).padStart(16, '0')}`.slice(0, 19);
    if (n.includes('time') || n.includes('date')) return '2026-11-25T09:15:02.123Z';
    if (n.includes('cluster')) return `prod-cluster-${seed}`;
    return `team${seed}-${n.replace(/[^a-z0-9]+/g, '-')}`;
  });
}

export function fillVariants(message: string, seed: number): { variant: string; text: string }[] {
  const filled = fill(message, seed);
  const other = fill(message, seed + 1);
  const words = other.split(' ');
  return [
    { variant: 'filled', text: filled },
    { variant: 'other-values', text: other },
    { variant: 'sdk-wrapper', text: `Error: ${filled}\n    at de_CommandError (/app/node_modules/@aws-sdk/client-lambda/dist-cjs/index.js:1290:20)\n    at async Promise.all (index 0)` },
    { variant: 'cli-wrapper', text: `\nAn error occurred while running the command:\n${filled.replace(/: /g, ':\n  ')}\n` },
    { variant: 'cloudformation', text: `CREATE_FAILED  AWS::ECS::Service  Resource handler returned message: "${filled}" (RequestToken: 6a1b2c3d-0000-4000-8000-111122223333, HandlerErrorCode: GeneralServiceException)` },
    { variant: 'cut-short', text: `${words.slice(0, Math.max(6, Math.ceil(words.length * 0.75))).join(' ')}…` },
  ];
}
