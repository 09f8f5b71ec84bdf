/** Registry records as the link check gives them, for the rule tables. */
import type { RegistryRecord } from '../../src/results/registry-record.js';

export function record(fields: Partial<RegistryRecord> & Pick<RegistryRecord, 'registry' | 'url'>): RegistryRecord {
  return { access: null, licenses: [], newer: null, archived: null, ...fields };
}
