import type { Root } from 'mdast';
import type { Span } from '../diagnostics/diagnostic.js';
import type { AccessLevel, KnownAccess } from '../knowledge/types.js';
import type { LineIndex } from './line-index.js';

/** Defined with the facts they describe (src/knowledge), and part of an entry. */
export type { AccessLevel, KnownAccess };


/** Access terms as a text states them: the level and the words it was read from. */
export interface AccessTerms {
  level: AccessLevel;
  /** The words it was read from, e.g. `Requires registration`. */
  text: string;
}

export interface Access {
  /** Null when the entry states terms under an access label that name no level (`Access: Academic`). */
  level: AccessLevel | null;
  /** The words it was read from (`Requires registration`), or the known terms. */
  text: string;
  /**
   * `text` when the entry says it; `knowledge` when medlint knows it (`text` is then the known
   * terms); `registry` when the registry of the entry's link states it (`medlint entries
   * --registries`; `text` is then the registry's terms).
   */
  source: 'text' | 'knowledge' | 'registry';
  /** For `registry`: the record's URL, the source of the fact. */
  record?: string;
}


/** A licence: its SPDX id when the text maps to one, and the text as written. */
export interface License {
  id: string | null;
  text: string;
  /** Set when the registry of the entry's link names it (`medlint entries --registries`), not the entry. */
  source?: 'registry';
  /** For `registry`: the record's URL, the source of the fact. */
  record?: string;
}

/** A number with its noun phrase: `224,316 chest radiographs` → 224316, `chest radiographs`. */
export interface Count {
  value: number;
  noun: string;
  text: string;
}

/** Every URL an entry cites, with where it stands. */
export interface EntryLink extends Span {
  url: string;
  /** `link` for `[text](url)` and references, `bare` for a URL written as plain text or autolink. */
  kind: 'link' | 'bare';
}

/** How the entry was written in the list. */
export type EntryShape = 'list-item' | 'paragraph' | 'bold-block' | 'heading' | 'table-row';

/**
 * What an entry lists: a `dataset`, or a `resource`: a search engine, another list, a tool, a
 * paper, code, a project, a method, a tutorial, a course or a talk, under a section whose heading
 * says so, or an item whose only links are a paper and its code (`[[Paper]](…) [[Code]](…)`).
 * Dataset rules skip resources, and the catalogue export leaves them out.
 */
export type EntryKind = 'dataset' | 'resource';

/** One dataset, as a list describes it. */
export interface DatasetEntry extends Span {
  name: string;
  /** The primary link (the name's link, else the first URL), or null when there is none. */
  url: string | null;
  links: EntryLink[];
  description: string;
  /** Heading path, outermost first, e.g. `["(1) Medical Images", "X-Rays"]`. */
  section: string[];
  counts: Count[];
  access: Access | null;
  /** What medlint knows about the entry's access, whether or not the entry states it. */
  knownAccess: KnownAccess | null;
  license: License | null;
  shape: EntryShape;
  kind: EntryKind;
  /** True when the entry's name carries a Markdown link (false for `TCGA: http://…`). */
  hasMarkdownLink: boolean;
  /** The outer entry's name, for a linked sub-item that names its own dataset (absent otherwise). */
  parent?: string;
  /**
   * For an entry without a link of its own: the link of the one `Access:` line of its block, which
   * it shares with the entries beside it (`__A__`, `__B__`, then `Access: http://…`).
   */
  sharedLink?: string;
  /**
   * For an entry without any link: why, as its text says. `install` for a package installed by a
   * command (`pip install wfdb`), `not-online` for data that is not online (`Contact AHA`,
   * `Request access`, `not available, contact the authors`). `text` is the words it was read from.
   */
  noLink?: { kind: 'install' | 'not-online'; text: string };
}

export interface HeadingInfo extends Span {
  depth: 1 | 2 | 3 | 4 | 5 | 6;
  text: string;
  /** GitHub's anchor id (github-slugger, with `-1` for repeats). */
  slug: string;
  /** The heading path including this heading. */
  path: string[];
  /** False for navigation, contributing, license and other non-dataset sections. */
  isEntrySection: boolean;
  /** Entries directly under this heading (not in sub-sections). */
  entryCount: number;
  /** Number of headings nested below this one before the next heading of the same or higher level. */
  subsectionCount: number;
}

/** Every link in the document (entries, ToC, prose), for rules and the link checker. */
export interface LinkRef extends Span {
  url: string;
  kind: 'link' | 'bare' | 'definition' | 'image' | 'html';
  /** Link text, when there is one. */
  text: string;
  /** True for links inside a table of contents. */
  inToc: boolean;
  /**
   * Where `url` is written, as offsets into the source (end exclusive): inside the link, or in
   * its definition for a reference link, which is where an edit of the URL must go. Absent when
   * the source does not spell `url` character for character, or with only its backslashes
   * escaped (entities, other escapes, a `www.` literal), so an edit never lands on text that is
   * not the URL.
   */
  written?: { start: number; end: number };
}

/** What rules see: the parsed file, its headings, entries and links. Plain, read-only data. */
export interface ListDocument {
  file: string;
  source: string;
  tree: Root;
  headings: HeadingInfo[];
  entries: DatasetEntry[];
  links: LinkRef[];
  /** Lines (1-based) of the table of contents list, or null when there is none. */
  toc: { line: number; endLine: number; links: LinkRef[] } | null;
  /** Line/column ↔ offset in `source`, for the edits of fixes. */
  lines: LineIndex;
}
