import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';

// No credentials in the code: the client uses the SDK's default credential provider chain.
// In an ECS task (EC2 or Fargate), ECS sets AWS_CONTAINER_CREDENTIALS_RELATIVE_URI in every container.
// The container credential provider in that chain sends a GET request to
// http://169.254.170.2 followed by that relative URI and receives temporary credentials
// for the task role (taskRoleArn). The SDK refreshes them before they expire.
// Static keys in AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY come earlier in the chain
// and would be used instead of the task role, so do not set them in the task definition.
const client = new LambdaClient({ region: process.env.AWS_REGION ?? 'ap-northeast-1' });

async function main(): Promise<void> {
  const response = await client.send(
    new InvokeCommand({
      FunctionName: 'my-fn',
      Payload: JSON.stringify({ message: 'hello from ECS' }),
    }),
  );

  // The response payload is bytes; transformToString() decodes them as UTF-8.
  const payload = response.Payload?.transformToString() ?? '';
  if (response.FunctionError !== undefined) {
    // The call was allowed, but the function itself threw: the payload describes the error.
    throw new Error(`my-fn failed (${response.FunctionError}): ${payload}`);
  }
  console.log(`status ${response.StatusCode}: ${payload}`);
}

main().catch((error: unknown) => {
  // Without a task role this is "CredentialsProviderError: Could not load credentials from any providers";
  // without lambda:InvokeFunction on the task role it is an AccessDeniedException naming the role.
  console.error(error);
  process.exitCode = 1;
});
