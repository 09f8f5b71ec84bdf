import type { ErrorObject } from 'ajv';
import { excerpt, MedlintError } from '../diagnostics/medlint-error.js';
import { allRuleMetas } from '../rules/index.js';
import type { RuleMeta } from '../rules/types.js';
import { isRuleLevel } from './severity.js';
import type { MedlintConfig } from './types.js';
import { configValidator, optionsValidator } from './validators.js';

/**
 * Checks a parsed config against the generated schema. Rules are checked one by one first, so
 * the message can name the rule and list what it accepts.
 * @throws MedlintError (`config-invalid`) naming the file, the key and what is accepted.
 */
export function validateConfig(value: unknown, file: string): MedlintConfig {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalid(file, `expected an object at the top level, found ${describe(value)}`);
  }
  const rules = (value as Record<string, unknown>).rules;
  if (rules !== undefined) validateRules(rules, file);
  const validateTopLevel = configValidator();
  if (!validateTopLevel(value)) throw invalid(file, explain(validateTopLevel.errors?.[0]));
  return value as MedlintConfig;
}

function validateRules(rules: unknown, file: string): void {
  if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) {
    throw invalid(file, `\`rules\` must be an object of rule ids, found ${describe(rules)}`);
  }
  const known = new Map(allRuleMetas.map((meta) => [meta.id, meta]));
  for (const [id, setting] of Object.entries(rules)) {
    const meta = known.get(id);
    if (!meta) {
      throw invalid(file, `unknown rule \`${excerpt(id)}\` in \`rules\`; known rules: ${[...known.keys()].join(', ')}`);
    }
    const [level, options, ...extra] = Array.isArray(setting) ? setting : [setting];
    if (!isRuleLevel(level) || extra.length > 0) {
      throw invalid(file, `\`rules.${id}\` must be "off", "warn", "error" or ["warn", { …options }], found ${describe(setting)}`);
    }
    if (options !== undefined) validateOptions(meta, options, file);
  }
}

function validateOptions(meta: RuleMeta, options: unknown, file: string): void {
  const validate = optionsValidator(meta.id);
  if (!validate) {
    throw invalid(file, `rule \`${meta.id}\` takes no options, found ${describe(options)}`);
  }
  if (!validate(options)) throw invalid(file, explain(validate.errors?.[0], `rules.${meta.id}[1]`));
}

/** One ajv error as `` `links.timeout` must be integer `` with the accepted values. */
function explain(error: ErrorObject | undefined, base = ''): string {
  if (!error) return 'invalid configuration';
  const path = [base, ...error.instancePath.split('/').filter(Boolean)].filter(Boolean).join('.');
  const where = path === '' ? 'the top level' : `\`${path}\``;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = excerpt(String((error.params as { additionalProperty: string }).additionalProperty));
      const allowed = allowedKeys(error);
      return `unknown key \`${key}\` in ${where}${allowed ? `; expected one of: ${allowed}` : ''}`;
    }
    case 'enum':
      return `${where} must be one of ${JSON.stringify((error.params as { allowedValues: unknown[] }).allowedValues)}`;
    case 'const':
      if (path === 'links.allowPrivate') {
        return '`links.allowPrivate` cannot be turned on in a config file (a pull request could change it); pass --allow-private on the command line or the Action\'s allow-private input';
      }
      return `${where} must be ${JSON.stringify((error.params as { allowedValue: unknown }).allowedValue)}`;
    default:
      return `${where} ${error.message ?? 'is invalid'}`;
  }
}

function allowedKeys(error: ErrorObject): string {
  const properties = (error.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties;
  return properties ? Object.keys(properties).join(', ') : '';
}

/** A value found in the config, as a short excerpt: the file may not be a config at all. */
function describe(value: unknown): string {
  return excerpt(JSON.stringify(value) ?? String(value));
}

function invalid(file: string, problem: string): MedlintError {
  return new MedlintError('config-invalid', `${file}: invalid configuration: ${problem}`);
}
