import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';

/** Validates against a JSON Schema; returns the errors as `path message` lines (none: valid). */
export type Validate = (value: unknown) => string[];

// These packages are CommonJS: seen from ESM, the class is on `default` (they export it there too).
/** A validator for the draft-04 schema in `file` (the SARIF 2.1.0 schema declares draft-04). */
export function draft04Validator(file: string): Validate {
  const ajv = new AjvDraft04.default({ allErrors: true, strict: false });
  addFormats.default(ajv);
  return compile(ajv.compile(JSON.parse(readFileSync(file, 'utf8'))));
}

/** A validator for the draft 2020-12 schema in `file`; strict, so that a mistake in the schema fails too. */
export function draft2020Validator(file: string): Validate {
  const ajv = new Ajv2020.default({ allErrors: true, strict: true });
  addFormats.default(ajv);
  return compile(ajv.compile(JSON.parse(readFileSync(file, 'utf8'))));
}

function compile(validate: { (value: unknown): boolean; errors?: { instancePath: string; message?: string }[] | null }): Validate {
  return (value) => (validate(value) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`.trim()));
}
