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
  every problem is printed with its JSON path.
pwb snapshot pull --app NAME|ID [--out FILE] [--save] [--access-token T] [--graph-endpoint URL]
  Read one app (roles, assignments, groups, in-scope users, jobs, schema, templates) from
  Microsoft Graph as a snapshot (stdout unless --out). --save also stores it in the workspace.`;

export const WORKSPACE_HELP = `pwb workspace info [--data-dir DIR] [--json]
  Show where the workspace is, its schema version and the tenants it holds.`;

export const EXPR_HELP = `pwb expr eval --expression E [--source FILE] [--now ISO] [--lenient] [--json]
  Evaluate one attribute-mapping expression offline against a JSON object of source attributes
  and print the value (text as is, anything else as JSON). Parse and evaluation errors go to
  stderr with line, column and a caret; exit 1. --lenient accepts any function-name casing.
pwb expr eval --batch FILE [--now ISO] [--lenient]
  FILE (or - for stdin) is a JSON array of {id, expression, source, context?}; prints a JSON array
  of {id, value} or {id, error: {kind: "parse"|"eval", message, start, end}} in the same order.
  context: {now, targetExistingValues, randomSeed, defaultDomain, functionNameCase}.`;

export const LOGS_HELP = `pwb logs import FILE... [--db FILE] [--data-dir DIR] [--json]
  Import provisioning logs: the portal's JSON download (v1.0 or beta names), Graph page bodies,
  JSON lines, the portal's three CSV files (give them together: joined on change ID), or an
  Azure Monitor AADProvisioningLogs export (CSV or JSON); .gz accepted. Streams any size;
  records already stored are skipped, so re-running resumes. Ctrl-C stops after the current batch.
pwb logs pull [--since T] [--until T] [--app ID] [--access-token T] [--graph-endpoint URL] [--db FILE]
  Read /auditLogs/provisioning from Microsoft Graph, incrementally from the newest stored record.
pwb logs query [filters] [--sort COLUMN] [--asc] [--limit N] [--format table|json|csv] [--db FILE]
pwb logs stats --by status|action|app|errorCode|day|cycle|identity [filters] [--format table|json]
pwb logs show ID [--json] [--db FILE]
  filters: --status S[,S] --action A[,A] --app ID|NAME --since T --until T --identity NAME|ID
           --cycle ID --job ID --change ID --error CODE --text WORDS --trial|--real
  T is an ISO date/time or a span back from now (7d, 24h, 90m). --db FILE names a workspace file;
  otherwise the workspace of --data-dir (or PWB_DATA_DIR) is used.`;

export const LOGIN_HELP = `pwb login [--device-code | --browser] [--cloud NAME] [--tenant ID] [--client-id ID] [--write]
  Sign in to Entra ID (device code by default; --browser opens the system browser). Read-only
  Graph permissions unless --write (Synchronization.ReadWrite.All: provision on demand,
  server-side expression tests). Clouds: Global, USGov, USGovDoD, China. Several accounts can be
  signed in; the last one is active.
pwb logout [--account NAME|ID | --all]
  Forget the active (or given, or every) account's tokens.`;

export const APPS_HELP = `pwb apps list [--search TEXT] [--all] [--json] [--access-token T] [--graph-endpoint URL]
  List the tenant's enterprise apps that have provisioning (--all: every app), read live from
  Graph. Every Graph-reading command uses the signed-in account, or --access-token T
  (PWB_ACCESS_TOKEN, e.g. from \`az account get-access-token --resource-type ms-graph\`);
  --graph-endpoint URL (PWB_GRAPH_ENDPOINT) targets a national cloud, a proxy or a local fake.`;

export const SCIM_HELP = `pwb scim serve [--port N] [--host 127.0.0.1] [--profile ID] [--token T] [--db FILE | --data-dir DIR]
  Run the local SCIM 2.0 endpoint until Ctrl-C. Prints the Tenant URL (http://127.0.0.1:N/scim/v2)
  and, when --token is not given, a new random Secret Token. Binds 127.0.0.1 unless --host says
  otherwise (then it warns). --profile: generic (default), howspace, officernd, officespace.
  Data lives in scim.sqlite in the data dir, or in --db FILE.
pwb scim log [--limit N] [--format table|json] [--db FILE | --data-dir DIR]
  Show the latest requests the endpoint answered (json: with request and response bodies).
pwb scim reset [--db FILE | --data-dir DIR]
  Delete every user, group and logged request of the endpoint's store.
pwb scim profiles
  List the vendor profiles and which attributes each lets clients filter on.`;

export const AUDIT_HELP = `pwb audit --app NAME|ID [--snapshot FILE | --tenant ID --data-dir DIR] [--profile ID|none]
          [--format text|json|markdown|csv|html] [--out FILE]
  Lint an app's attribute mappings (matching, required attributes, source attribute names, active
  from IsSoftDeleted, duplicates, expressions, scoping, vendor-profile rules) offline, from a
  snapshot file or the workspace. Markdown, CSV and self-contained HTML are report formats.
  Exit 0 when there is no finding at error severity, 1 otherwise.`;
