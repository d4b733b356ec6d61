/** Usage text, kept apart from the commands so `pwb --help` loads no database or server code. */
export const UI_HELP = `pwb ui [--port N] [--no-open] [--data-dir DIR] [--log-format text|json]
  Serve Provisioning Workbench to your browser on 127.0.0.1 (browser mode) until Ctrl-C.
  --port N        port to listen on (default: any free port)
  --no-open       do not open the system browser
  --data-dir DIR  workspace folder (default: PWB_DATA_DIR, else your app-data folder)
  --log-format F  text (readable lines; the default on a terminal) or json (one record per line;
                  the default when the output is not a terminal)`;

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
pwb logs analytics connect|summary|history|pull ... (alias la): Log Analytics in place; see pwb logs analytics --help
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

export const SCIM_HELP = `pwb scim serve [--port N] [--host 127.0.0.1] [--profile ID] [--token T | --token-file FILE] [--db FILE | --data-dir DIR]
  Run the local SCIM 2.0 endpoint until Ctrl-C. Prints the Tenant URL (http://127.0.0.1:N/scim/v2)
  and, when no token is given, a new random Secret Token. The token comes from --token, --token-file
  FILE (its first line) or PWB_SCIM_TOKEN, which keep it out of the process list. Binds 127.0.0.1 unless --host says
  otherwise (then it warns). --profile: generic (default), howspace, officernd, officespace.
  Data lives in scim.sqlite in the data dir, or in --db FILE.
pwb scim log [--limit N] [--format table|json] [--db FILE | --data-dir DIR]
  Show the latest requests the endpoint answered (json: with request and response bodies).
pwb scim reset [--db FILE | --data-dir DIR]
  Delete every user, group and logged request of the endpoint's store.
pwb scim check --scim-url URL --token T [--app NAME|ID] [--write --yes] [--format text|json]
  Entra's Test Connection and a compatibility probe (see pwb scim check --help).
pwb scim profiles
  List the vendor profiles and which attributes each lets clients filter on.`;

export const AUDIT_HELP = `pwb audit --app NAME|ID [--snapshot FILE | --tenant ID --data-dir DIR] [--profile ID|none]
          [--format text|json|markdown|csv|html] [--out FILE]
  Lint an app's attribute mappings (matching, required attributes, source attribute names, active
  from IsSoftDeleted, duplicates, expressions, scoping, vendor-profile rules) offline, from a
  snapshot file or the workspace. Markdown, CSV and self-contained HTML are report formats.
  Exit 0 when there is no finding at error severity, 1 otherwise.`;

export const TRIAL_HELP = `pwb trial --app NAME|ID (--user UPN|ID | --group NAME|ID [--member UPN|ID]...)
          [--snapshot FILE | --tenant ID] [--scenario NAME] [--set ATTR=VALUE]...
          [--local [--profile ID] | --scim-url URL [--token T] --yes] [--dialect default|aadOptscim062020]
          [--dry-run] [--verbose] [--format text|json] [--data-dir DIR]
  Run Entra's provisioning cycle (Import → Scope → Match → Action, then manager and members) for
  one user, or one group with up to 5 members, against a SCIM target, offline. Prints the verdict,
  what changed in the source, each decision (✓ ✗ ·) and HTTP request, the final target object and
  source → landed per attribute; --verbose adds the bodies; json prints the whole run.
  --user/--group/--member take a UPN, display name or object id; a name matching several is refused
  with the list. A group without --member takes its first five direct members in scope.
  Entra's side of the story (links to target objects) is kept in the workspace per app and target,
  so successive commands continue it: first, then change, disable, ... (pwb trial reset starts over).
  --snapshot FILE imports the file into the workspace first (importing it again adds nothing) and
  runs on its tenant; --tenant picks a workspace tenant; the default is the sample tenant.
  --scenario  first (default), change, disable, unassign, soft-delete, restore, hard-delete,
              group-add, group-remove, role-change
  --set ATTR=VALUE  with change: a source attribute's new value (ATTR= clears it); repeatable
  --join-group NAME|ID (or --group-id)  group-add/group-remove of a user: the group joined or left
  --join-user UPN|ID  group-add/group-remove of a group: the user who joins or leaves
  --role NAME|ID      role-change: the new app role (default: the next one)
  --legacy-default-access  treat Default Access as no role (configurations before 2020-04-16)
  --local     the app's own local SCIM endpoint with its vendor profile (default); --profile ID
              overrides it (generic, howspace, officernd, officespace)
  --scim-url URL  a real SCIM service; its token is --token T or PWB_SCIM_TOKEN. This creates,
              changes and may delete real objects there, so it needs --yes; --dry-run sends only
              GETs and shows the writes it would send. A Tenant URL with ?aadOptscim062020 selects
              that PATCH dialect unless --dialect says otherwise.
  Exit 0 when Entra would succeed (a correct skip included), 1 when it would log a failure.
pwb trial --app NAME|ID (--user UPN|ID | --group NAME|ID [--member UPN|ID]...) --compare-on-demand
          [--yes] [--scim-url URL --token T] [--access-token T] [--graph-endpoint URL] [--tenant ID]
  Predicted vs actual: our prediction (default dialect, against an empty target, or the real
  app's --scim-url with GETs only) is saved, then Entra's provisionOnDemand runs for the same user
  (or group with up to 5 members) and both are compared step by step. It writes to the real app:
  it asks first on a terminal, --yes skips the question, and without a terminal --yes is required.
  Needs Synchronization.ReadWrite.All (pwb login --write) and Application Administrator or Cloud
  Application Administrator. Prints the fidelity report; exit 1 when prediction and Entra differ.
pwb trial state --app NAME|ID [--scim-url URL] [--snapshot FILE | --tenant ID] [--format text|json]
  Entra's links for the app and target (local endpoint unless --scim-url).
pwb trial reset --app NAME|ID [--scim-url URL] [--keep-target] [--snapshot FILE | --tenant ID]
  Forget those links; for the local target also empty the app's endpoint unless --keep-target.
pwb trial runs --app NAME|ID [--limit N] [--snapshot FILE | --tenant ID] [--format text|json]
  The runs kept in the workspace, newest first.`;


export const SCIM_CHECK_HELP = `pwb scim check --scim-url URL --token T [--app NAME|ID [--snapshot FILE | --tenant ID]] [--write --yes] [--format text|json]
  Sends exactly Entra's Test Connection (GET /Users?filter=<matching attribute> eq "<random guid>"),
  then probes, GET only: each matching attribute of the app's mappings filterable, the attributes
  they write advertised in /Schemas, /ServiceProviderConfig (patch.supported), content types, SCIM
  error bodies for a 404 by id and for a made-up token. Each finding says what Entra would do and
  how to fix it. --write --yes adds a create → update → disable → re-enable → delete round trip on a
  throwaway user pwb-probe-<random>@invalid.example. The token is never printed or stored.
  https only (plain http only on 127.0.0.1). Exit 1 when any check is an error.`;

export const FORECAST_HELP = `pwb forecast --app NAME|ID [--snapshot FILE | --tenant ID] [--local [--profile ID] | --scim-url URL --token T]
               [--format text|json|csv|html] [--out FILE] [--all] [--legacy-default-access]
  Forecast Entra's first provisioning cycle for every user and group the app's scope covers:
  the action and the outcome Entra would log, with its error code, the cross-object problems
  (duplicate matching values, required values null, nested-group-only users, members without a
  target object, risky filter characters, B2B names) and the quarantine forecast.
  Target: an empty SCIM service (default, in memory); --local the app's local endpoint as it is now;
  --scim-url a real service queried with GETs only (dry run; the token is never stored).
  text lists the objects that fail, are skipped or warn (--all: every object); csv and html list all.
  Exit 1 when any object would fail.`;
