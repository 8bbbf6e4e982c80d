/**
 * Schema migrations, one step at a time: MIGRATIONS[n] turns a version-n record into a version-n+1
 * record. Stored records and imported files both come through here, so an old export still imports.
 * Version 2 added the printed page a story was read from and where a story in parts goes on (null for older records).
 */
import { err, ok, type Result } from '../core/result.js';
import { SCHEMA_VERSION } from './record.js';

export type Migration = (record: Record<string, unknown>) => Record<string, unknown>;

export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: (record) => ({ ...record, page: null, continuesOn: null }),
};

export function migrate(
  record: unknown,
  fromVersion: number,
  toVersion: number = SCHEMA_VERSION,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
): Result<unknown> {
  if (!Number.isInteger(fromVersion) || fromVersion < 1) return err(`Unknown schema version ${String(fromVersion)}.`);
  if (fromVersion > toVersion) {
    return err(`Saved by a newer version of Broadsheet (schema ${fromVersion}, this one reads up to ${toVersion}). Update Broadsheet to open it.`);
  }
  let current = record;
  for (let version = fromVersion; version < toVersion; version++) {
    const step = migrations[version];
    if (!step) return err(`No migration from schema version ${version}.`);
    if (typeof current !== 'object' || current === null || Array.isArray(current)) return err('A saved story is not an object.');
    current = step(current as Record<string, unknown>);
  }
  return ok(current);
}
