/** Usage text, kept apart from the commands so `pwb --help` loads no database or server code. */
export const UI_HELP = `pwb ui [--port N] [--no-open] [--data-dir DIR]
  Serve Provisioning Workbench to your browser on 127.0.0.1 (browser mode) until Ctrl-C.
  --port N        port to listen on (default: any free port)
  --no-open       do not open the system browser
  --data-dir DIR  workspace folder (default: PWB_DATA_DIR, else your app-data folder)`;

export const SNAPSHOT_HELP = `pwb snapshot export --sample [FILE]
  Write the bundled sample tenant (Contoso) as a snapshot file (stdout when FILE is omitted).
pwb snapshot export --tenant ID [--app ID] [--data-dir DIR] [FILE]
  Export a tenant, or one app of it, from the workspace.
pwb snapshot import FILE [--data-dir DIR]
  Validate a snapshot file and add it to the workspace. An invalid file changes nothing;
  every problem is printed with its JSON path.`;

export const WORKSPACE_HELP = `pwb workspace info [--data-dir DIR] [--json]
  Show where the workspace is, its schema version and the tenants it holds.`;
