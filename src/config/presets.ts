import type { PresetName, RuleSetting } from './types.js';

/**
 * Presets by name: the rule settings each lays over every rule's recommended level.
 * `medlint:recommended` is that base itself; `medlint:strict` asks every entry for a licence
 * for its access terms, and sorted entries.
 */
export const PRESETS: Record<PresetName, Record<string, RuleSetting>> = {
  'medlint:recommended': {},
  'medlint:strict': {
    'entry-license': 'error',
    'entry-access': ['error', { require: 'all' }],
    'entry-order': 'error',
  },
};
