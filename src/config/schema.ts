import { allRuleMetas } from '../rules/index.js';
import type { JsonSchema, RuleMeta } from '../rules/types.js';
import { LIMITS } from './limits.js';

const LEVEL: JsonSchema = { enum: ['off', 'warn', 'error'] };

/** The schema of one rule's setting: `"warn"` or `["warn", { …options }]`. */
export function ruleSettingSchema(meta: RuleMeta): JsonSchema {
  const options: JsonSchema = meta.schema ?? { type: 'object', additionalProperties: false, properties: {} };
  return {
    description: `${meta.description} (recommended: \`${meta.recommended}\`)`,
    oneOf: [
      LEVEL,
      {
        type: 'array',
        items: [LEVEL, options],
        minItems: 1,
        maxItems: 2,
        additionalItems: false,
      },
    ],
  };
}

/** A whole number from `minimum` up to its cap in `LIMITS`. */
const capped = (key: keyof typeof LIMITS, minimum: number): JsonSchema => ({ type: 'integer', minimum, maximum: LIMITS[key] });

/** The link checker's settings (`links` key). */
export const linksSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    concurrency: { ...capped('concurrency', 1), description: 'Requests in flight at once, all hosts together (default: 128).' },
    perHost: { ...capped('perHost', 1), description: 'Requests in flight at once to one host (default: 8).' },
    hosts: {
      type: 'object',
      description: `Per-host settings, by host name (at most ${LIMITS.hostKeys} hosts).`,
      maxProperties: LIMITS.hostKeys,
      propertyNames: { maxLength: LIMITS.hostKeyLength },
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        properties: {
          perHost: capped('perHost', 1),
          headers: { type: 'object', additionalProperties: { type: 'string' } },
        },
      },
    },
    timeout: { ...capped('timeout', 1), description: 'Time for one request, in milliseconds (default: 15000, at most 600000).' },
    retries: { ...capped('retries', 0), description: 'Retries after resets and 5xx (default: 2, at most 10).' },
    timeoutRetries: { ...capped('timeoutRetries', 0), description: 'Retries after a timeout (default: 1, at most 5).' },
    maxRetryAfter: { ...capped('maxRetryAfter', 0), description: 'Longest Retry-After wait, in milliseconds (default: 60000, at most 600000).' },
    allowPrivate: {
      const: false,
      description: 'Only `false` is accepted: private addresses are allowed by `--allow-private` or the Action input, never by a file a pull request can change.',
    },
    exclude: {
      type: 'array',
      maxItems: LIMITS.excludePatterns,
      items: { type: 'string', maxLength: LIMITS.excludePatternLength },
      description: `Regular expressions of URLs not to check, run on a linear-time engine (RE2 syntax: no look-around or back-references; at most ${LIMITS.excludePatterns} patterns of ${LIMITS.excludePatternLength} characters, ${LIMITS.excludeProgramSize} compiled instructions in all).`,
    },
    accept: { type: 'array', items: { type: 'integer', minimum: 100, maximum: 999 }, description: 'Status codes taken as alive besides 2xx.' },
    userAgent: { type: 'string', description: 'User-Agent header (default: a current browser).' },
  },
};

const ACCESS_LEVEL: JsonSchema = { enum: ['open', 'registration', 'application', 'credentialed', 'restricted'] };

/** One access fact: a level, or a level with the terms and the page that states them. */
const ACCESS_SETTING: JsonSchema = {
  oneOf: [
    ACCESS_LEVEL,
    {
      type: 'object',
      additionalProperties: false,
      required: ['level'],
      properties: {
        level: ACCESS_LEVEL,
        terms: { type: 'string', description: 'The terms in a few words, shown in messages and the catalogue.' },
        source: { type: 'string', description: 'The page that states the terms.' },
      },
    },
  ],
};

/** The access facts a config adds over the built-in ones (`access` key). */
export const accessSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  description: 'Access levels of your own hosts and datasets, over what medlint knows; the more specific fact wins.',
  properties: {
    hosts: {
      type: 'object',
      description: 'By host (`data.example.edu`, covering `www.` and subdomains) or host and path prefix (`example.org/data/`).',
      maxProperties: LIMITS.hostKeys,
      propertyNames: { maxLength: LIMITS.hostKeyLength, pattern: '^(?:https?://)?[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+(?:/\\S*)?$' },
      additionalProperties: ACCESS_SETTING,
    },
    datasets: {
      type: 'object',
      description: 'By whole dataset name, compared without case.',
      maxProperties: LIMITS.hostKeys,
      propertyNames: { minLength: 1, maxLength: LIMITS.hostKeyLength },
      additionalProperties: ACCESS_SETTING,
    },
  },
};

const PRESET: JsonSchema = { enum: ['medlint:recommended', 'medlint:strict'] };

/** The JSON Schema of `.medlintrc.json`, generated from the rule metadata. */
export function configSchema(): JsonSchema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/medlint/medlint/raw/main/schema/medlintrc.schema.json',
    title: 'medlint configuration',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      extends: {
        description: 'Presets to start from; rules always build on `medlint:recommended`, and `medlint:strict` also requires licences and access terms on every entry.',
        oneOf: [PRESET, { type: 'array', items: PRESET }],
      },
      rules: {
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(allRuleMetas.map((meta) => [meta.id, ruleSettingSchema(meta)])),
      },
      ignoreSections: {
        type: 'array',
        items: { type: 'string' },
        description: 'Heading texts whose sections hold no entries, besides Contents, Contributing, License and the like.',
      },
      maxFileSize: { ...capped('maxFileSize', 1), description: 'Largest file read, in bytes (default: 4194304, 4 MiB; at most 67108864, 64 MiB; a file with a link reference definition, parsed whole, at most 4 MiB).' },
      links: linksSchema,
      access: accessSchema,
    },
  };
}
