/**
 * Tests call the extractor and `lintText` from their own modules, not through the library's
 * index, which gives the extractor its HTML parser (src/index.ts): this does the same for every
 * test file. The command's own paths load it themselves (`loadHtmlParserFor`); the tests of the
 * built command (test/robustness/start-up.test.ts, html-entries.test.ts) check that they do.
 */
import * as parse5 from 'parse5';
import { useHtmlParser } from '../../src/extract/html-entries.js';

useHtmlParser(parse5);
