/**
 * Versioned files (scene files, lesson files): each carries the format it was written in, and a
 * page reads its own format and every older one, bringing them up to date one step at a time.
 */
import { kindOf } from './validate';
import type { Checked } from '../model';

type Fields = Record<string, unknown>;

export interface FileFormat {
  /** What the file holds, in messages: "scene" or "lesson". */
  readonly name: string;
  /** How a newer file is named in the message that refuses it: "This file", "This lesson". */
  readonly subject: string;
  /** A small example of the file, for the message that refuses something else. */
  readonly example: string;
  /** The format this page writes. */
  readonly current: number;
  /** Entry v turns format v into v + 1. */
  readonly migrations: Readonly<Record<number, (data: Fields) => Fields>>;
}

/** Brings parsed JSON up to the current format, or says why it cannot be read. */
export function migrateFile(format: FileFormat, data: unknown): Checked<Fields> {
  const { name, subject, example, current: latest, migrations } = format;
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return {
      ok: false,
      problems: [
        `The file holds ${kindOf(data)}, not a ${name}; a ${name} file is an object like ${example}.`,
      ],
    };
  let current = data as Fields;
  // A file without a version was written by hand or by another tool in the first format.
  const version = current.version ?? 1;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return {
      ok: false,
      problems: [`"version" is ${kindOf(version)}; it must be a whole number such as 1.`],
    };
  if (version > latest)
    return {
      ok: false,
      problems: [
        `${subject} was made by a newer version of this page (${name} format ${version}); this page reads format ${latest} and older. Open it with the newer page.`,
      ],
    };
  for (let step = version; step < latest; step++) current = migrations[step]!(current);
  return { ok: true, value: current };
}
