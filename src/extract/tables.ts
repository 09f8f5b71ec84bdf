/**
 * Which tables list entries, and which columns say what. A table lists entries when a column
 * names what each row is (`Dataset`, `Name`, …) in the first column or after a plain label
 * column, and its rows link somewhere (or it has a link or access column). Results,
 * comparisons and category matrices hold no entries: `| Method | … | Dataset |` leaderboards,
 * `| Data Type | Datasets |` matrices, and tables whose rows link nowhere.
 */
import type { TableCell, TableRow } from 'mdast';
import { linksIn } from './entry-start.js';
import { plainText } from './text.js';

/** Headers of the column that names what each row is; a table without one lists no entries. */
export const NAME_HEADER =
  /^(?:datasets?|dataset names?|names?|databases?|titles?|resources?|projects?|collections?|challenges?|competitions?|tools?|librar(?:y|ies)|frameworks?|software|packages?|papers?|corpora|corpus|benchmarks?|models?|platforms?|repositor(?:y|ies))$/i;
/** A column that describes the row in words; preferred over any other text column. */
export const DESCRIPTION_HEADER = /^(?:description|descriptions|summary|details|overview|about|notes?|content|contents)$/i;
const ACCESS_HEADER = /^(?:access|availability|access type)$/i;
const LICENSE_HEADER = /^(?:licen[cs]es?|licensing|terms|terms of use|usage|usage terms)$/i;
const LINK_HEADER = /link|url|website|homepage|download|source/i;
/** A first column that makes the table a comparison: the rows are methods or categories, not datasets. */
const COMPARISON_FIRST_HEADER =
  /^(?:methods?|models?|approach(?:es)?|algorithms?|architectures?|teams?|ranks?|#|data types?|types?|categor(?:y|ies)|modalit(?:y|ies)|tasks?|use cases?|metrics?)$/i;
/** Headers of score columns: a table with one compares results. */
const SCORE_HEADER = /\b(?:accuracy|auc|auroc|f1|dice|sensitivity|specificity|precision|recall|score|performance|error|mae|rmse)\b/i;

export interface TableColumns {
  name: number;
  /** The description column, or -1 when the row's other text cells describe it. */
  description: number;
  access: number;
  /** The licence column (License, Terms, Usage), or -1. */
  license: number;
  link: number;
}

/** The columns of an entry table, or null when the table holds no entries. */
export function entryTableColumns(headers: readonly string[], rows: readonly TableRow[]): TableColumns | null {
  const name = headers.findIndex((text) => NAME_HEADER.test(text));
  if (name === -1) return null;
  if (name > 0 && COMPARISON_FIRST_HEADER.test(headers[0] ?? '')) return null;
  if (name > 0 && headers.some((text) => SCORE_HEADER.test(text))) return null;
  const access = headers.findIndex((text) => ACCESS_HEADER.test(text));
  const license = headers.findIndex((text) => LICENSE_HEADER.test(text));
  const link = headers.findIndex((text, index) => index !== name && LINK_HEADER.test(text));
  const rowsLink = rows.some((row) => row.children.some((cell) => cellLinks(cell).length > 0));
  if (!rowsLink && access === -1 && link === -1) return null;
  // A name column of lists (`PTB-XL, Chapman, MIT-BIH`) groups datasets under a category.
  const named = rows.map((row) => plainText(row.children[name] ?? [])).filter((text) => text !== '');
  if (named.length > 0 && named.filter((text) => text.includes(', ')).length * 2 > named.length && !rowsLink) return null;
  const description = headers.findIndex((text, index) => index !== name && DESCRIPTION_HEADER.test(text));
  return { name, description, access, license, link };
}

/**
 * `| **Sequence Archives** | | |` (often after `<br>`): a row whose only content is one bold
 * cell is a sub-heading of the table, not an entry.
 */
export function isGroupLabelRow(row: TableRow): boolean {
  const filled = row.children.filter((cell) => plainText(cell) !== '');
  if (filled.length !== 1) return false;
  const cell = filled[0] as TableCell;
  const content = cell.children.filter((child) => child.type !== 'html' && !(child.type === 'text' && child.value.trim() === ''));
  return content.length === 1 && (content[0]?.type === 'strong' || content[0]?.type === 'emphasis') && cellLinks(cell).length === 0;
}

/**
 * What describes a row: its description cell when the table has one and it is filled, else its
 * other text cells, labelled by their headers (`Task: …; Organ: …`). An empty `Task` cell does
 * not leave a row without a description when other cells say what it is.
 */
export function rowDescription(cells: readonly TableCell[], headers: readonly string[], columns: TableColumns): string {
  if (columns.description >= 0) {
    const text = plainText(cells[columns.description] ?? []);
    if (text !== '') return text;
  }
  const parts: string[] = [];
  cells.forEach((cell, index) => {
    if (index === columns.name || index === columns.link || index === columns.access || index === columns.license) return;
    const value = plainText(cell);
    if (value !== '') parts.push(`${headers[index] ?? ''}: ${value}`);
  });
  return parts.join('; ');
}

function cellLinks(cell: TableCell): ReturnType<typeof linksIn> {
  return cell.children.flatMap((child) => linksIn(child)).filter((link) => !link.url.startsWith('#'));
}
