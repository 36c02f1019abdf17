// Typed failures of opening the database: the main process turns them into a clear screen
// (update the app, or restore a backup) instead of a crash or silent data loss.

/** The file was written by a newer Powermap; it is refused and left untouched. */
export class DatabaseTooNewError extends Error {
  readonly fileVersion: number;
  readonly knownVersion: number;
  readonly path: string;
  constructor(path: string, fileVersion: number, knownVersion: number) {
    super(
      `This database was written by a newer version of Powermap (schema ${fileVersion}; this version knows up to ${knownVersion}). Update Powermap to open it.`,
    );
    this.name = 'DatabaseTooNewError';
    this.path = path;
    this.fileVersion = fileVersion;
    this.knownVersion = knownVersion;
  }
}

/** The file is not a readable SQLite database, or its integrity check failed. */
export class DatabaseCorruptError extends Error {
  readonly path: string;
  readonly details: string[];
  constructor(path: string, details: string[]) {
    super(`The Powermap database at ${path} is damaged or is not a Powermap database: ${details.slice(0, 3).join('; ')}`);
    this.name = 'DatabaseCorruptError';
    this.path = path;
    this.details = details;
  }
}
