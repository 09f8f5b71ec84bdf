/** Access terms, from most to least open. */
export type AccessLevel = 'open' | 'registration' | 'application' | 'credentialed' | 'restricted';

/** What medlint knows about an entry's access, from its own URL or its name. */
export interface KnownAccess {
  level: AccessLevel;
  /** The resource the fact is about, e.g. `MIMIC-III Clinical Database`. */
  name: string;
  /** The terms in a few words. */
  terms: string;
  /** The public page that states the terms (or `medlint config`). */
  source: string;
  /** What matched: a URL prefix (`physionet.org/content/mimiciii/`), a host or a name. */
  match: string;
}
