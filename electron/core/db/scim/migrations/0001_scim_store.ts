/**
 * The local SCIM endpoint's own store: users and groups as JSON plus the indexed columns that `eq`
 * filters hit (userName and displayName compare case-insensitively, externalId and id exactly),
 * memberships in their own table (so concurrent member adds never lose one), and a bounded request log.
 */
export const up = /* sql */ `
CREATE TABLE scim_users (
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  user_name TEXT NOT NULL,
  external_id TEXT,
  display_name TEXT,
  active INTEGER,
  -- OfficeRnD profile: DELETE marks the person Former (kept, inactive) instead of deleting it
  former INTEGER NOT NULL DEFAULT 0,
  json TEXT NOT NULL,
  version INTEGER NOT NULL,
  created TEXT NOT NULL,
  last_modified TEXT NOT NULL
);
CREATE UNIQUE INDEX scim_users_user_name ON scim_users (user_name COLLATE NOCASE);
CREATE INDEX scim_users_external_id ON scim_users (external_id);
CREATE INDEX scim_users_display_name ON scim_users (display_name COLLATE NOCASE);

CREATE TABLE scim_groups (
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  external_id TEXT,
  display_name TEXT NOT NULL,
  json TEXT NOT NULL,
  version INTEGER NOT NULL,
  created TEXT NOT NULL,
  last_modified TEXT NOT NULL
);
CREATE UNIQUE INDEX scim_groups_display_name ON scim_groups (display_name COLLATE NOCASE);
CREATE INDEX scim_groups_external_id ON scim_groups (external_id);

CREATE TABLE scim_members (
  seq INTEGER PRIMARY KEY,
  group_id TEXT NOT NULL REFERENCES scim_groups(id) ON DELETE CASCADE,
  member_id TEXT NOT NULL,
  member_type TEXT NOT NULL CHECK (member_type IN ('User', 'Group')),
  UNIQUE (group_id, member_id)
);
CREATE INDEX scim_members_by_member ON scim_members (member_id, seq);

CREATE TABLE scim_request_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  method TEXT NOT NULL,
  path TEXT NOT NULL,
  status INTEGER NOT NULL,
  duration_ms REAL NOT NULL,
  resource_type TEXT,
  request_body TEXT,
  response_body TEXT
);

CREATE TABLE scim_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;
`;
