/**
 * The config's JSON-schema validators: the whole file, and each rule's options. Here ajv compiles
 * them on first use. The bundles (scripts/bundle.mjs) put in place of this module the same
 * validators compiled at build time (ajv's standalone code), so the shipped programs neither
 * carry ajv's compiler nor spend some 60 ms compiling on every run with a config file. Whatever
 * this module exports for validate.ts, the generated one exports too.
 */
import { Ajv, type Options, type ValidateFunction } from 'ajv';
import { allRuleMetas, ruleMeta } from '../rules/index.js';
import type { JsonSchema } from '../rules/types.js';
import { configSchema } from './schema.js';

// `verbose` keeps the parent schema on errors, so an unknown key's message can list the known ones.
export const AJV_OPTIONS = { allErrors: false, strict: true, strictTuples: false, verbose: true } as const satisfies Options;

/** What the build compiles: the whole config, and the options of each rule that takes some. */
export function validatorSchemas(): { config: JsonSchema; options: Map<string, JsonSchema> } {
  const options = new Map<string, JsonSchema>();
  for (const meta of allRuleMetas) if (meta.schema) options.set(meta.id, meta.schema);
  return { config: configSchema(), options };
}

const ajv = new Ajv(AJV_OPTIONS);
let configValidate: ValidateFunction | undefined;
const optionValidators = new Map<string, ValidateFunction>();

/** The validator of a whole config file. */
export function configValidator(): ValidateFunction {
  return (configValidate ??= ajv.compile(configSchema()));
}

/** The validator of one rule's options; undefined when the rule takes none or does not exist. */
export function optionsValidator(ruleId: string): ValidateFunction | undefined {
  const schema = ruleMeta(ruleId)?.schema;
  if (!schema) return undefined;
  let validate = optionValidators.get(ruleId);
  if (!validate) optionValidators.set(ruleId, (validate = ajv.compile(schema)));
  return validate;
}
