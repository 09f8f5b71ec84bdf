import { createRequire as __medlintCreateRequire } from 'node:module';
const require = __medlintCreateRequire(import.meta.url);
import {
  isInGitDirectory,
  isInside,
  pLimit,
  readRegularFile
} from "./chunk-QLF43MBD.js";
import {
  ruleDocsUrl
} from "./chunk-LU7N22PT.js";
import {
  DEFAULT_MAX_FILE_SIZE
} from "./chunk-Y2R6CKVZ.js";
import {
  parseMarkdown
} from "./chunk-7ZOLLGF7.js";
import {
  BananaSlug,
  classifyUrl,
  descendants,
  extractLicense,
  foldWhitespace,
  fragmentOfUrl,
  headingSlug,
  htmlFileAnchors,
  markdownAnchors,
  plainText,
  rawText,
  recordRules,
  severityOf,
  spanOf,
  treeRules
} from "./chunk-YUGAVQSN.js";
import {
  countNewlines,
  htmlComments,
  trimEndOf,
  trimEndWithSpace
} from "./chunk-4SCKIJI2.js";

// src/pipeline/lint-source.ts
import path2 from "node:path";

// src/knowledge/access.json
var access_default = {
  $comment: "What medlint knows about the access terms of datasets and hosts. Data, not code: every fact names a level, the terms in a few words, and the public page that states them (source). Checked against access.schema.json by test/knowledge/access.test.ts. `urls` are a host (covers its www. form and subdomains) or a host and path prefix (`physionet.org/content/mimiciii/` covers every version); `names` are whole dataset names, compared without case.",
  facts: [
    {
      name: "MIMIC-III Clinical Database",
      level: "credentialed",
      terms: "PhysioNet credentialed access: a credentialed account, human-subjects training and a signed data use agreement",
      source: "https://physionet.org/content/mimiciii/",
      urls: ["physionet.org/content/mimiciii/", "physionet.org/physiobank/database/mimic3cdb/", "physionet.org/works/MIMICIIIClinicalDatabase/"],
      names: ["MIMIC-III", "MIMIC III", "MIMIC-3", "MIMICIII", "MIMIC-III Clinical Database", "MIMIC-III Critical Care Database"],
      checked: "2026-12-04"
    },
    {
      name: "MIMIC-IV",
      level: "credentialed",
      terms: "PhysioNet credentialed access: a credentialed account, human-subjects training and a signed data use agreement",
      source: "https://physionet.org/content/mimiciv/",
      urls: ["physionet.org/content/mimiciv/"],
      names: ["MIMIC-IV", "MIMIC IV", "MIMIC-4", "MIMIC-IV Clinical Database"],
      checked: "2026-12-04"
    },
    {
      name: "MIMIC-IV-Note",
      level: "credentialed",
      terms: "PhysioNet credentialed access: a credentialed account, human-subjects training and a signed data use agreement",
      source: "https://physionet.org/content/mimic-iv-note/",
      urls: ["physionet.org/content/mimic-iv-note/"],
      names: ["MIMIC-IV-Note", "MIMIC-IV Note", "MIMIC-IV Notes"],
      checked: "2026-12-04"
    },
    {
      name: "MIMIC-IV-ED",
      level: "credentialed",
      terms: "PhysioNet credentialed access: a credentialed account, human-subjects training and a signed data use agreement",
      source: "https://physionet.org/content/mimic-iv-ed/",
      urls: ["physionet.org/content/mimic-iv-ed/"],
      names: ["MIMIC-IV-ED", "MIMIC-IV ED"],
      checked: "2026-12-04"
    },
    {
      name: "MIMIC-CXR",
      level: "credentialed",
      terms: "PhysioNet credentialed access: a credentialed account, human-subjects training and a signed data use agreement",
      source: "https://physionet.org/content/mimic-cxr/",
      urls: ["physionet.org/content/mimic-cxr/"],
      names: ["MIMIC-CXR", "MIMIC-CXR Database"],
      checked: "2026-12-04"
    },
    {
      name: "MIMIC-CXR-JPG",
      level: "credentialed",
      terms: "PhysioNet credentialed access: a credentialed account, human-subjects training and a signed data use agreement",
      source: "https://physionet.org/content/mimic-cxr-jpg/",
      urls: ["physionet.org/content/mimic-cxr-jpg/"],
      names: ["MIMIC-CXR-JPG", "MIMIC-CXR-JPG Database"],
      checked: "2026-12-04"
    },
    {
      name: "eICU Collaborative Research Database",
      level: "credentialed",
      terms: "PhysioNet credentialed access: a credentialed account, human-subjects training and a signed data use agreement",
      source: "https://physionet.org/content/eicu-crd/",
      urls: ["physionet.org/content/eicu-crd/"],
      names: ["eICU-CRD", "eICU", "eICU Collaborative Research Database"],
      checked: "2026-12-04"
    },
    {
      name: "MIMIC-IV-ECG",
      level: "open",
      terms: "PhysioNet open access under the Open Database License",
      source: "https://physionet.org/content/mimic-iv-ecg/",
      urls: ["physionet.org/content/mimic-iv-ecg/"],
      names: ["MIMIC-IV-ECG", "MIMIC-IV ECG"]
    },
    {
      name: "MIMIC-IV-ECG Demo",
      level: "open",
      terms: "PhysioNet open access",
      source: "https://physionet.org/content/mimic-iv-ecg-demo/",
      urls: ["physionet.org/content/mimic-iv-ecg-demo/"],
      names: ["MIMIC-IV-ECG-Demo", "MIMIC-IV-ECG Demo"]
    },
    {
      name: "MIMIC-III Clinical Database Demo",
      level: "open",
      terms: "PhysioNet open access",
      source: "https://physionet.org/content/mimiciii-demo/",
      urls: ["physionet.org/content/mimiciii-demo/"],
      names: ["MIMIC-III Demo", "MIMIC-III Clinical Database Demo"]
    },
    {
      name: "MIMIC-IV Clinical Database Demo",
      level: "open",
      terms: "PhysioNet open access",
      source: "https://physionet.org/content/mimic-iv-demo/",
      urls: ["physionet.org/content/mimic-iv-demo/"],
      names: ["MIMIC-IV Demo", "MIMIC-IV Clinical Database Demo"],
      checked: "2026-12-04"
    },
    {
      name: "eICU Collaborative Research Database Demo",
      level: "open",
      terms: "PhysioNet open access",
      source: "https://physionet.org/content/eicu-crd-demo/",
      urls: ["physionet.org/content/eicu-crd-demo/"],
      names: ["eICU-CRD Demo", "eICU Collaborative Research Database Demo"]
    },
    {
      name: "MIMIC-III Waveform Database",
      level: "open",
      terms: "PhysioNet open access",
      source: "https://physionet.org/content/mimic3wdb/",
      urls: ["physionet.org/content/mimic3wdb/", "physionet.org/content/mimic3wdb-matched/", "physionet.org/physiobank/database/mimic3wdb/"],
      names: ["MIMIC-III Waveform Database", "MIMIC-III Waveform Database Matched Subset"]
    },
    {
      name: "MIT-BIH Arrhythmia Database",
      level: "open",
      terms: "PhysioNet open access",
      source: "https://physionet.org/content/mitdb/",
      urls: ["physionet.org/content/mitdb/", "physionet.org/physiobank/database/mitdb/"],
      names: ["MIT-BIH Arrhythmia Database"],
      checked: "2026-12-04"
    },
    {
      name: "PTB-XL",
      level: "open",
      terms: "PhysioNet open access",
      source: "https://physionet.org/content/ptb-xl/",
      urls: ["physionet.org/content/ptb-xl/"],
      names: ["PTB-XL"],
      checked: "2026-12-04"
    },
    {
      name: "PTB Diagnostic ECG Database",
      level: "open",
      terms: "PhysioNet open access",
      source: "https://physionet.org/content/ptbdb/",
      urls: ["physionet.org/content/ptbdb/", "physionet.org/physiobank/database/ptbdb/"],
      names: ["PTB Diagnostic ECG Database"],
      checked: "2026-12-04"
    },
    {
      name: "CHB-MIT Scalp EEG Database",
      level: "open",
      terms: "PhysioNet open access",
      source: "https://physionet.org/content/chbmit/",
      urls: ["physionet.org/content/chbmit/", "physionet.org/physiobank/database/chbmit/"],
      names: ["CHB-MIT Scalp EEG Database", "CHB-MIT"],
      checked: "2026-12-04"
    },
    {
      name: "EEG Motor Movement/Imagery Dataset",
      level: "open",
      terms: "PhysioNet open access",
      source: "https://physionet.org/content/eegmmidb/",
      urls: ["physionet.org/content/eegmmidb/", "physionet.org/physiobank/database/eegmmidb/"],
      names: ["EEG Motor Movement/Imagery Dataset"]
    },
    {
      name: "Sleep-EDF Database Expanded",
      level: "open",
      terms: "PhysioNet open access",
      source: "https://physionet.org/content/sleep-edfx/",
      urls: ["physionet.org/content/sleep-edfx/", "physionet.org/physiobank/database/sleep-edfx/"],
      names: ["Sleep-EDF Database Expanded", "Sleep-EDF Expanded"]
    },
    {
      name: "UK Biobank",
      level: "application",
      terms: "registration, then an application reviewed by UK Biobank and a material transfer agreement",
      source: "https://www.ukbiobank.ac.uk/using-the-resource/",
      urls: ["ukbiobank.ac.uk"],
      names: ["UK Biobank", "UKBiobank", "UKB"],
      checked: "2026-12-04"
    },
    {
      name: "dbGaP",
      level: "application",
      terms: "controlled-access data: a data access request reviewed by an NIH Data Access Committee",
      source: "https://osp.od.nih.gov/policies/requesting-access-to-controlled-access-data-maintained-in-nih-designated-data-repositories-e-g-dbgap/",
      urls: ["ncbi.nlm.nih.gov/gap/", "ncbi.nlm.nih.gov/projects/gap/", "dbgap.ncbi.nlm.nih.gov"],
      names: ["dbGaP", "Database of Genotypes and Phenotypes"],
      checked: "2026-12-04"
    },
    {
      name: "European Genome-phenome Archive",
      level: "application",
      terms: "controlled access: a request to the dataset's Data Access Committee and its data access agreement",
      source: "https://web3.ega-archive.org/access/faq/",
      urls: ["ega-archive.org"],
      names: ["European Genome-phenome Archive", "EGA"],
      checked: "2026-12-04"
    },
    {
      name: "ADNI",
      level: "application",
      terms: "an online application to the ADNI Data Sharing and Publication Committee and its data use agreement",
      source: "https://adni.loni.usc.edu/help-faqs/faqs",
      urls: ["adni.loni.usc.edu"],
      names: ["ADNI", "Alzheimer's Disease Neuroimaging Initiative"],
      checked: "2026-12-04"
    },
    {
      name: "LONI Image and Data Archive",
      level: "application",
      terms: "an application per study and its data use agreement",
      source: "https://ida.loni.usc.edu/collaboration/access/appApply.jsp?project=ADNI",
      urls: ["ida.loni.usc.edu"],
      names: ["LONI IDA", "LONI Image and Data Archive"],
      checked: "2026-12-04"
    },
    {
      name: "NIMH Data Archive",
      level: "application",
      terms: "a data access request with a Data Use Certification signed by the institution",
      source: "https://omb.report/omb/0925-0667",
      urls: ["nda.nih.gov", "ndar.nih.gov"],
      names: ["NIMH Data Archive", "NDA", "NDAR", "National Database for Autism Research"],
      checked: "2026-12-04"
    },
    {
      name: "BioLINCC",
      level: "application",
      terms: "a request with IRB documentation and a Research Materials Distribution Agreement",
      source: "https://biolincc.nhlbi.nih.gov/faq/",
      urls: ["biolincc.nhlbi.nih.gov"],
      names: ["BioLINCC"],
      checked: "2026-12-04"
    },
    {
      name: "fastMRI",
      level: "application",
      terms: "an online application form and the fastMRI data sharing agreement",
      source: "https://fastmri.med.nyu.edu/",
      urls: ["fastmri.med.nyu.edu"],
      names: ["fastMRI", "fastMRI Dataset"]
    },
    {
      name: "N3C",
      level: "application",
      terms: "an institutional data use agreement, training and a Data Use Request approved by the Data Access Committee",
      source: "https://covid.cd2h.org/dur",
      urls: ["covid.cd2h.org", "ncats.nih.gov/n3c", "unite.nih.gov"],
      names: ["N3C", "National COVID Cohort Collaborative"],
      checked: "2026-12-04"
    },
    {
      name: "Kaggle datasets",
      level: "open",
      terms: "public Kaggle datasets download without signing in (a Kaggle maintainer, 2024-07-01); models and competitions need an account",
      source: "https://github.com/Kaggle/kagglehub/issues/94",
      urls: ["kaggle.com/datasets/"],
      checked: "2026-12-04"
    },
    {
      name: "Kaggle competitions",
      level: "registration",
      terms: "a Kaggle account and accepting the competition rules",
      source: "https://www.kaggle.com/docs/competitions",
      urls: ["kaggle.com/c/", "kaggle.com/competitions/"],
      checked: "2026-12-04"
    },
    {
      name: "Grand Challenge",
      level: "registration",
      terms: "a grand-challenge.org account and joining the challenge",
      source: "https://grand-challenge.org/documentation/create-your-own-challenge/",
      urls: ["grand-challenge.org"]
    },
    {
      name: "Synapse",
      level: "registration",
      terms: "a Synapse account to download, and any conditions the project adds",
      source: "https://help.synapse.org/docs/Getting-Started.2055471150.html",
      urls: ["synapse.org"],
      checked: "2026-12-04"
    },
    {
      name: "CheXpert",
      level: "registration",
      terms: "registration and the Stanford CheXpert Dataset Research Use Agreement",
      source: "https://stanfordmlgroup.github.io/competitions/chexpert/",
      urls: ["stanfordmlgroup.github.io/competitions/chexpert/"],
      names: ["CheXpert", "CheXpert Dataset"],
      checked: "2026-12-04"
    },
    {
      name: "Zenodo",
      level: "open",
      terms: "open access, unless a record is marked restricted or closed",
      source: "https://help.zenodo.org/faq/",
      urls: ["zenodo.org"]
    },
    {
      name: "Figshare",
      level: "open",
      terms: "public items can be downloaded by anyone without logging in",
      source: "https://help.figshare.com/article/how-your-figshare-research-repository-meets-the-nih-and-ostp-desirable-characteristics-for-data-repositories",
      urls: ["figshare.com"]
    },
    {
      name: "OpenNeuro",
      level: "open",
      terms: "a free and open platform; public datasets are shared under CC0",
      source: "https://github.com/OpenNeuroOrg/openneuro",
      urls: ["openneuro.org"],
      checked: "2026-12-04"
    },
    {
      name: "UCI Machine Learning Repository",
      level: "open",
      terms: "free download",
      source: "https://archive.ics.uci.edu/",
      urls: ["archive.ics.uci.edu"],
      names: ["UCI Machine Learning Repository"]
    },
    {
      name: "The Cancer Imaging Archive",
      level: "open",
      terms: "public collections are free to download; a few collections are limited access",
      source: "https://www.cancerimagingarchive.net/about-the-cancer-imaging-archive-tcia/",
      urls: ["cancerimagingarchive.net"],
      checked: "2026-12-04"
    }
  ]
};

// src/knowledge/index.ts
var builtInFacts = access_default.facts;
function compileKnowledge(config = {}) {
  const hosts = /* @__PURE__ */ new Map();
  const names = /* @__PURE__ */ new Map();
  let mostLabels = 0;
  const addUrl = (url, fact) => {
    const slash = url.indexOf("/");
    const host = normaliseHost(slash === -1 ? url : url.slice(0, slash));
    const prefix = slash === -1 ? "" : url.slice(slash).toLowerCase();
    mostLabels = Math.max(mostLabels, host.split(".").length);
    let entry = hosts.get(host);
    if (!entry) hosts.set(host, entry = { host: null, paths: /* @__PURE__ */ new Map(), depths: [] });
    const known = { ...fact, match: url };
    if (prefix === "" || prefix === "/") {
      entry.host = known;
      return;
    }
    const folder = prefix.endsWith("/") ? prefix : `${prefix}/`;
    const existing = entry.paths.get(folder);
    if (existing === void 0 || existing.prefix.length <= prefix.length) entry.paths.set(folder, { prefix, known });
  };
  for (const fact of builtInFacts) {
    const { urls = [], names: factNames = [], ...rest } = fact;
    for (const url of urls) addUrl(url, rest);
    for (const name of factNames) names.set(normaliseName(name), { ...rest, match: name });
  }
  for (const [url, setting] of Object.entries(config.hosts ?? {})) addUrl(url.replace(/^[a-z]+:\/\//i, ""), userFact(url, setting));
  for (const [name, setting] of Object.entries(config.datasets ?? {})) names.set(normaliseName(name), { ...userFact(name, setting), match: name });
  for (const facts of hosts.values()) {
    facts.depths = [...new Set([...facts.paths.keys()].map(slashes))].sort((a, b) => b - a);
  }
  return {
    lookup(url, name) {
      const parsed = url === null ? null : parseHttpUrl(url);
      let hostFact = null;
      if (parsed) {
        const path3 = parsed.pathname.toLowerCase();
        for (const host of hostAndParents(parsed.hostname, mostLabels)) {
          const facts = hosts.get(host);
          if (!facts) continue;
          const byPath = pathFact(facts, path3);
          if (byPath) return byPath;
          hostFact ??= facts.host;
        }
      }
      const normalised = normaliseName(name);
      const byName = names.get(normalised) ?? names.get(withoutParenthetical(normalised));
      return byName ?? hostFact;
    }
  };
}
function pathFact(facts, path3) {
  if (facts.depths.length === 0) return null;
  const wanted = new Set(facts.depths);
  const deepest = facts.depths[0];
  const ends = [];
  for (let index = path3.indexOf("/"); index !== -1 && ends.length < deepest; index = path3.indexOf("/", index + 1)) ends.push(index + 1);
  const folders = ends.map((end, depth) => ({ folder: path3.slice(0, end), depth: depth + 1 }));
  if (!path3.endsWith("/") && ends.length < deepest) folders.push({ folder: `${path3}/`, depth: ends.length + 1 });
  for (let index = folders.length - 1; index >= 0; index -= 1) {
    const { folder, depth } = folders[index];
    if (!wanted.has(depth)) continue;
    const found = facts.paths.get(folder);
    if (found) return found.known;
  }
  return null;
}
function slashes(folder) {
  let count = 0;
  for (let index = folder.indexOf("/"); index !== -1; index = folder.indexOf("/", index + 1)) count += 1;
  return count;
}
var builtInKnowledge = compileKnowledge();
function userFact(key, setting) {
  const { level, terms, source } = typeof setting === "string" ? { level: setting, terms: void 0, source: void 0 } : setting;
  return { name: key, level, terms: terms ?? `${level} (medlint config)`, source: source ?? "medlint config" };
}
function parseHttpUrl(url) {
  if (!/^https?:\/\//i.test(url)) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
function hostAndParents(hostname, mostLabels) {
  const host = normaliseHost(hostname);
  const starts = [];
  for (let dot = host.lastIndexOf("."); dot !== -1 && starts.length < mostLabels; dot = dot === 0 ? -1 : host.lastIndexOf(".", dot - 1)) starts.push(dot + 1);
  if (starts.length < mostLabels) starts.push(0);
  const hosts = [];
  for (let index = starts.length - 1; index >= 1; index -= 1) hosts.push(host.slice(starts[index]));
  return hosts;
}
function normaliseHost(host) {
  return host.toLowerCase().replace(/\.$/, "").replace(/^www\./, "");
}
function normaliseName(name) {
  const folded = name.normalize("NFKC").toLowerCase().replace(/[‘’]/g, "'").replace(/\s+/g, " ");
  let end = folded.length;
  while (end > 0 && " .:,;".includes(folded[end - 1])) end -= 1;
  return folded.slice(0, end).trimStart();
}
function withoutParenthetical(name) {
  const open = name.lastIndexOf("(");
  return name.endsWith(")") && open > 0 ? name.slice(0, open).trimEnd() : name;
}

// src/extract/links.ts
var HTML_URL = /\b(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
function linkKind(node, source) {
  const offset = node.position?.start.offset;
  if (offset !== void 0 && source[offset] === "[") return "link";
  return "bare";
}
function collectLinks(tree, source, lines) {
  const nodes = descendants(tree);
  const definitions = /* @__PURE__ */ new Map();
  for (const node of nodes) {
    if (node.type === "definition" && !definitions.has(node.identifier)) definitions.set(node.identifier, node);
  }
  const usedDefinitions = /* @__PURE__ */ new Set();
  const refs = [];
  const add = (node, url, kind, text, written) => {
    const { line, column, endLine, endColumn } = spanOf(node);
    const ref = { line, column, endLine, endColumn, url, kind, text, inToc: false };
    if (written) ref.written = written;
    refs.push(ref);
  };
  for (const node of nodes) {
    switch (node.type) {
      case "link": {
        const kind = linkKind(node, source);
        add(node, node.url, kind, plainText(node), kind === "link" ? writtenDestination(source, node, node.url) : writtenAutolink(source, node, node.url));
        break;
      }
      case "linkReference":
      case "imageReference": {
        const definition = definitions.get(node.identifier);
        if (definition) {
          usedDefinitions.add(node.identifier);
          add(node, definition.url, node.type === "linkReference" ? "link" : "image", plainText(node), writtenDefinition(source, definition));
        }
        break;
      }
      case "image":
        add(node, node.url, "image", node.alt ?? "", writtenDestination(source, node, node.url));
        break;
      case "html":
        collectHtmlLinks(node.value, node.position?.start.offset ?? 0, lines, refs);
        break;
      default:
        break;
    }
  }
  for (const [identifier, definition] of definitions) {
    if (!usedDefinitions.has(identifier)) add(definition, definition.url, "definition", definition.label ?? identifier, writtenDefinition(source, definition));
  }
  return refs.sort((a, b) => a.line - b.line || a.column - b.column);
}
function collectHtmlLinks(html, baseOffset, lines, refs) {
  for (const match of html.matchAll(HTML_URL)) {
    const url = match[1] ?? match[2] ?? "";
    const valueOffset = match[0].indexOf(url, match[0].indexOf("=") + 1);
    const start = lines.point(baseOffset + match.index + valueOffset);
    const end = lines.point(baseOffset + match.index + valueOffset + url.length);
    const decoded = decodeHtmlAttribute(url);
    const at = baseOffset + match.index + valueOffset;
    refs.push({
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      url: decoded,
      kind: "html",
      text: "",
      inToc: false,
      ...decoded === url && url !== "" ? { written: { start: at, end: at + url.length } } : {}
    });
  }
}
function offsetsOf(node) {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === void 0 || end === void 0 ? null : { start, end };
}
function writtenDestination(source, node, url) {
  const at = offsetsOf(node);
  if (!at || url === "") return null;
  for (const spelling of url.includes("\\") ? [url, url.replace(/\\/g, "\\\\")] : [url]) {
    let index = source.lastIndexOf(spelling, at.end - spelling.length);
    for (let tries = 0; tries < 2 && index > at.start; tries += 1) {
      let before = index - 1;
      if (source[before] === "<") before -= 1;
      while (before > at.start && (source[before] === " " || source[before] === "	" || source[before] === "\n" || source[before] === "\r")) before -= 1;
      if (source[before] === "(" && source[before - 1] === "]") return { start: index, end: index + spelling.length };
      index = source.lastIndexOf(spelling, index - 1);
    }
  }
  return null;
}
function writtenAutolink(source, node, url) {
  const at = offsetsOf(node);
  if (!at || url === "") return null;
  const written = source.slice(at.start, at.end);
  if (written === url) return at;
  if (written === `<${url}>`) return { start: at.start + 1, end: at.end - 1 };
  return null;
}
function writtenDefinition(source, definition) {
  const at = offsetsOf(definition);
  if (!at || definition.url === "") return null;
  const colon = source.indexOf("]:", at.start);
  if (colon === -1 || colon >= at.end) return null;
  let index = colon + 2;
  while (index < at.end && /[ \t\r\n<]/.test(source.charAt(index))) index += 1;
  return source.startsWith(definition.url, index) ? { start: index, end: index + definition.url.length } : null;
}
function decodeHtmlAttribute(value) {
  return value.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}

// src/extract/name-split.ts
var MAX_NAME = 80;
var DASH = /\s[-–—]\s/u;
var APPOSITION = /,\s+(?=(?:a|an|the|which|containing|consisting|comprising|including|with)\s)/iu;
function splitName(lead) {
  const text = lead.trim();
  if (text.startsWith("[") && text.includes("]")) return { name: text, description: "" };
  for (const separator of [COLON, DASH, APPOSITION]) {
    const at = firstOutsideBrackets(text, separator);
    if (at === null) continue;
    const name = text.slice(0, at.index).trim();
    const description = text.slice(at.index + at.length).trim();
    if (name !== "" && description !== "" && [...name].length <= MAX_NAME && /[\p{L}\p{N}]/u.test(description)) {
      return { name, description };
    }
  }
  return splitParenthesis(text) ?? { name: text, description: "" };
}
function splitParenthesis(text) {
  const trimmed = text.trim();
  if (!trimmed.endsWith(")")) return null;
  const open = trimmed.lastIndexOf("(");
  if (open <= 0 || trimmed.indexOf(")", open) !== trimmed.length - 1) return null;
  const name = trimmed.slice(0, open).trim();
  const description = trimmed.slice(open + 1, -1).trim();
  if (name === "" || [...name].length > MAX_NAME || /[()]/.test(name) || description.split(/\s+/).length < 3) return null;
  if (/,[^,]*,/.test(description) || /\betc\.?$/i.test(description)) return null;
  return { name, description };
}
var COLON = /:\s/u;
function firstOutsideBrackets(text, pattern) {
  const opening = text.slice(0, MAX_NAME + 16);
  const global = new RegExp(pattern.source, `${pattern.flags.replace("g", "")}g`);
  const depths = bracketDepths(opening);
  for (const match of opening.matchAll(global)) {
    if (depths[match.index] === 0) return { index: match.index, length: match[0].length };
  }
  return null;
}
function bracketDepths(text) {
  const depths = [];
  let depth = 0;
  for (const character of text) {
    for (let unit = 0; unit < character.length; unit += 1) depths.push(depth);
    if (character === "(" || character === "[") depth += 1;
    else if ((character === ")" || character === "]") && depth > 0) depth -= 1;
  }
  return depths;
}

// src/extract/entry-start.ts
var GENERIC_LINK_TEXT = /^(?:pdf|ref|paper|papers|link|links|code|web ?site|home ?page|here|download|downloads|data|dataset|github|gitlab|arxiv|doi|project|project page|page|url|site|source|papers with code|kaggle|zenodo|figshare|hugging ?face|google drive|mirror)$/i;
var NAME_COLON = /^(\S{2,60}):\s/u;
var HOST_IN_PARENTHESES = /^\((?:[\w-]+\.)+[a-z]{2,}\)$/i;
function splitLinkText(text) {
  const match = NAME_COLON.exec(text);
  if (!match || /^https?$/i.test(match[1])) return null;
  const words = text.slice(match[0].length).trim().split(/\s+/);
  if (words.length > 0 && HOST_IN_PARENTHESES.test(words.at(-1))) words.pop();
  if (words.length < 3) return null;
  const capitalised = words.filter((word) => new RegExp("^\\p{Lu}", "u").test(word)).length;
  const sentence = /^(?:a|an|the|this)$/i.test(words[0]) || capitalised * 2 < words.length;
  if (!sentence && !match[1].includes("/")) return null;
  return { name: match[1], description: words.join(" ") };
}
var PROSE_BEFORE_URL = /\b(?:at|from|here|see|in|on|to|via|source|found|available)\s*[:,-]?$/i;
var LABEL_WORDS = /^(?:note|notes|nb|n\.b\.|disclaimer|warning|tip|important|update|updates|news|keywords|tags|edit|info|caution|hint|todo)\b/i;
var FIELD_LABEL_BEFORE_LINK = new RegExp("(?:^|\\s)\\p{L}[\\p{L} ]{0,29}:\\s*$", "u");
var LEADING_SEPARATOR = /^[\s\])]*(?:[-–—:|,]\s*)?/;
var TRAILING_SEPARATORS = ":,;(\u2013\u2014-";
function isGenericLinkText(text) {
  const inner = text.startsWith("[") && text.endsWith("]") ? text.slice(1, -1).trim() : text;
  return GENERIC_LINK_TEXT.test(inner);
}
function readEntryStart(paragraph, source, inList = false) {
  const children = paragraph.children.filter((child) => !(child.type === "text" && child.value.trim() === ""));
  let index = 0;
  const first = children[0];
  if (first?.type === "text" && /^\s*[[(]\s*$/.test(first.value)) index = 1;
  const opener = children[index];
  if (!opener) return null;
  const leadLink = leadingLink(opener);
  if (leadLink && plainText(leadLink) === "" && leadLink.children.some((child) => child.type === "image")) return null;
  if (leadLink && !leadLink.url.startsWith("#") && linkKind(leadLink, source) === "link") {
    const rest2 = children.slice(index + 1);
    const linkText = plainText(leadLink);
    const strong = rest2.find((child) => child.type === "strong");
    if (isGenericLinkText(linkText) && strong) {
      const afterStrong = rest2.slice(rest2.indexOf(strong) + 1);
      return { name: cleanName(plainText(strong)), url: leadLink.url, description: stripLead(plainText(afterStrong)) };
    }
    const description = stripLead(plainText(rest2));
    const inText = description === "" ? splitLinkText(linkText) : null;
    if (inText) return { name: cleanName(inText.name), url: leadLink.url, description: inText.description };
    return { name: cleanName(linkText), url: leadLink.url, description };
  }
  if (inList && leadLink && linkKind(leadLink, source) === "bare") {
    return { name: "", url: leadLink.url, description: stripLead(plainText(children.slice(index + 1))) };
  }
  const urls = paragraph.children.flatMap((child) => linksIn(child)).filter((link2) => !link2.url.startsWith("#"));
  if (opener.type === "strong" || opener.type === "emphasis") {
    const name2 = cleanName(plainText(opener));
    if (name2 === "" || LABEL_WORDS.test(name2)) return null;
    const description = stripLead(plainText(children.slice(index + 1)));
    if (urls.length === 0) return null;
    return { name: name2, url: urls[0]?.url ?? null, description };
  }
  if (urls.length === 0) return null;
  const firstLink = paragraph.children.findIndex((child) => child.type === "link" && !child.url.startsWith("#"));
  if (inList && firstLink > 0) {
    const link2 = paragraph.children[firstLink];
    const leadNodes = paragraph.children.slice(0, firstLink);
    const lead2 = foldWhitespace(plainText(leadNodes));
    const after2 = stripLead(plainText(paragraph.children.slice(firstLink + 1)));
    if (linkKind(link2, source) === "link") {
      const linkText = plainText(link2);
      if (isGenericLinkText(linkText)) {
        const split2 = splitName(cleanName(withoutTrailingPreposition(lead2)));
        const name2 = cleanName(split2.name);
        const shortName = lead2.length <= 80 || split2.description !== "" && name2.length <= 40 && name2.split(" ").length <= 5;
        if (name2 !== "" && shortName && !/[.!?]\s/.test(name2)) {
          return { name: name2, url: link2.url, description: joinText(split2.description, after2) };
        }
      } else if (lead2.length <= 80 && !/[.!?]\s/.test(lead2)) {
        const name2 = cleanName(linkText);
        if (name2 !== "") return { name: name2, url: link2.url, description: after2 };
      }
    }
  }
  const firstBare = paragraph.children.findIndex((child) => child.type === "link" && linkKind(child, source) === "bare");
  if (firstBare <= 0) return null;
  const before = paragraph.children.slice(0, firstBare);
  if (before.some((child) => child.type === "link" && !child.url.startsWith("#"))) return null;
  const lead = foldWhitespace(plainText(before));
  if (lead.length > 200 || PROSE_BEFORE_URL.test(lead)) return null;
  const split = splitName(cleanName(lead));
  const name = cleanName(split.name);
  if (name === "" || /[.!?]\s/.test(name)) return null;
  const link = paragraph.children[firstBare];
  const rest = paragraph.children.slice(firstBare + 1);
  const words = rest.map(
    (child, index2) => child.type === "link" ? "" : rest[index2 + 1]?.type === "link" ? plainText(child).replace(FIELD_LABEL_BEFORE_LINK, "") : plainText(child)
  );
  const after = stripLead(words.join(" "));
  return { name, url: link.url, description: joinText(split.description, after) };
}
function leadingLink(node) {
  if (node.type === "link") return node;
  if ((node.type === "strong" || node.type === "emphasis") && node.children.length === 1) {
    const only = node.children[0];
    if (only?.type === "link") return only;
  }
  return null;
}
function linksIn(node) {
  if (node.type === "link") return [node];
  if ("children" in node) return node.children.flatMap((child) => linksIn(child));
  return [];
}
function cleanName(text) {
  return trimEndWithSpace(foldWhitespace(text), TRAILING_SEPARATORS).replace(/^["“'‘](.*)["”'’]$/u, "$1").trim();
}
function boldTitle(paragraph) {
  const [first, second] = paragraph.children;
  if (!first || first.type !== "strong" && first.type !== "emphasis") return null;
  if (first.type === "emphasis" && first.children.every((child) => child.type !== "strong")) return null;
  const ownLine = second === void 0 || second.type === "break" || second.type === "text" && /^[ \t]*(?:\n|$)/.test(second.value);
  if (!ownLine || linksIn(first).length > 0) return null;
  const raw = plainText(first);
  const name = cleanName(raw);
  return name === "" || LABEL_WORDS.test(name) || /:\s*$/.test(raw) ? null : name;
}
function withoutTrailingPreposition(lead) {
  const trimmed = lead.trimEnd();
  const match = /\s(?:on|at|in|via|from|see)$/i.exec(trimmed);
  return match ? trimmed.slice(0, match.index) : lead;
}
function joinText(first, second) {
  return first === "" ? second : second === "" ? first : `${first} ${second}`;
}
function stripLead(text) {
  return foldWhitespace(text).replace(LEADING_SEPARATOR, "").trim();
}

// src/extract/field-lines.ts
var FIELD_LINE = new RegExp("^(\\p{Lu}[\\p{L} ()/&-]{0,30}):\\s*(\\S.*)?$", "u");
var DESCRIPTION_LABEL = /^(?:description|summary|about)$/i;
function splitFieldLines(nodes) {
  const lines = [[]];
  const push = (segment) => {
    lines.at(-1).push(segment);
  };
  for (const node of nodes) {
    if (node.type === "break") {
      lines.push([]);
    } else if (node.type === "text") {
      node.value.split("\n").forEach((part, index) => {
        if (index > 0) lines.push([]);
        push({ text: part, isLink: false });
      });
    } else if (node.type === "link") {
      push({ text: rawText(node), isLink: true });
    } else {
      push({ text: rawText(node), isLink: false });
    }
  }
  const description = [];
  const fields = [];
  for (const segments of lines) {
    const text = foldWhitespace(segments.map((segment) => segment.text).join(""));
    if (text === "") continue;
    const field = FIELD_LINE.exec(text);
    if (!field) {
      description.push(text);
      continue;
    }
    const [, label = "", value = ""] = field;
    if (DESCRIPTION_LABEL.test(label)) {
      description.push(value);
      continue;
    }
    const afterLabel = segments.filter((segment) => segment.isLink || !/^[\s\p{L}()/&-]*:\s*$/u.test(segment.text));
    const linkOnly = afterLabel.some((segment) => segment.isLink || /^\s*https?:\/\//.test(segment.text)) && afterLabel.every((segment) => segment.isLink || /^[\s,;.|]*$/.test(segment.text.replace(/^[^:]*:/, "")));
    if (linkOnly) fields.push(text);
    else description.push(text);
  }
  return { description: description.join(" "), fields };
}

// src/extract/fields.ts
var COUNT = new RegExp("(?<![\\p{L}\\p{N}.,-])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)\\s?([kKmMbB])?\\+?\\s+((?:\\d+-)?\\p{L}[\\p{L}'\u2019-]*(?:\\s+(?:\\p{Ll}[\\p{L}'\u2019-]*|\\p{Lu}{2}\\p{L}*|\\p{Lu}-\\p{L}[\\p{L}'\u2019-]*)){0,2})", "gu");
var PHRASE_END = /* @__PURE__ */ new Set([
  "from",
  "of",
  "with",
  "and",
  "or",
  "in",
  "on",
  "for",
  "by",
  "to",
  "at",
  "per",
  "each",
  "that",
  "which",
  "who",
  "were",
  "was",
  "are",
  "is",
  "as",
  "across",
  "over",
  "under",
  "into",
  "out",
  "the",
  "a",
  "an",
  "than",
  "including",
  "spanning",
  "taken",
  "associated",
  "acquired"
]);
var VERB_FORM = new RegExp("^\\p{Ll}+(?:ing|ed)$", "u");
var SCALE = { k: 1e3, m: 1e6, b: 1e9 };
function extractCounts(text) {
  const counts = [];
  if (!/\d/.test(text)) return counts;
  for (const match of text.matchAll(COUNT)) {
    const [, digits = "", scale, phrase = ""] = match;
    const words = [];
    for (const word of phrase.split(/\s+/)) {
      if (PHRASE_END.has(word.toLowerCase()) || words.length > 0 && VERB_FORM.test(word)) break;
      words.push(word);
    }
    const noun = trimEndOf(words.join(" "), "'\u2019-");
    if (noun === "" || !new RegExp("\\p{L}{2}", "u").test(noun)) continue;
    const base = Number(digits.replace(/,/g, ""));
    if (!digits.includes(",") && !scale && /^(?:19|20)\d\d$/.test(digits)) continue;
    const value = scale ? Math.round(base * SCALE[scale.toLowerCase()]) : base;
    const numberText = match[0].slice(0, match[0].length - phrase.length).trimEnd();
    counts.push({ value, noun, text: `${numberText} ${noun}` });
  }
  return counts;
}
var APPLICATION = /\bapply (?:for|to)\b|\brequest(?:ing)? (?:for )?access\b|\baccess request\b|^application(?: required)?$|\bapproval (?:is )?(?:required|needed)\b|\bdata access committee\b|\bsubmit (?:a|an) (?:research )?(?:proposal|application|request)\b/i;
var ACCESS_PATTERNS = [
  ["credentialed", /\bcredentialed\b|\bCITI\b|\bhuman[ -]subjects? (?:research )?training\b/i],
  [
    "restricted",
    /\bdata use agreement\b|\bDUA\b|\brestricted\b|\b(?:upon|by|on) request\b|\brequest only\b|\bcontact (?:the )?(?:authors?|us|owners?|maintainers?)\b|\bnot (?:publicly|freely|openly) (?:available|accessible|released|shared)\b|\bnot available (?:online|for download|to the public)\b|\b(?:members|collaborators|partners) only\b|^(?:private|closed)$/i
  ],
  [
    "application",
    {
      test: (sentence) => applicationForAccess(sentence) || APPLICATION.test(sentence)
    }
  ],
  [
    "registration",
    /\bregistration\b|\bregister\b|\bsign[ -]?(?:up|in)\b|\blog ?-?in (?:required|needed)\b|\bcreate an account\b|\b(?:needs?|requires?) (?:an? )?(?:\w+ )?(?:account|login)\b|\bafter (?:registering|signing up|logging in)\b/i
  ],
  [
    "open",
    /\bopen[ -]access\b|\bfreely (?:available|accessible|downloadable)\b|\bpublicly (?:available|accessible|released)\b|\bpublic download\b|\bfree to (?:download|use|access)\b|\bfree (?:for|to) (?:anyone|everyone|all)\b|\bopen to (?:everyone|anyone|all|the public)\b|\bavailable to (?:everyone|anyone|all|the public)\b|\banyone can (?:download|access|use)\b|\bno (?:registration|sign[ -]?up|account|login)\b|\bwithout (?:registration|registering|signing (?:up|in)|an account|a login|logging in)\b|^(?:public|open|free|open data|public domain)$/i
  ]
];
var ANY_ACCESS_PATTERN = new RegExp(
  ACCESS_PATTERNS.map(([, pattern]) => (pattern instanceof RegExp ? pattern : APPLICATION).source).join("|"),
  "i"
);
var NO_ACCOUNT = /\bno (?:registration|sign[ -]?(?:up|in)|account|login)\b|\bwithout (?:registration|registering|signing (?:up|in)|an account|a login|logging in)\b|\bnot required\b/i;
var GENERAL_REMARK = /\b(?:is|are)\s+(?:generally\s+|usually\s+|often\s+|also\s+)?(?:a|an|the)\s+(?:\w+\s+){0,2}?(?:platform|source|place|site|website|hub|community|marketplace)\b/i;
function applicationForAccess(sentence) {
  return sentence.split(".").some((part) => {
    const application = /\bapplication\b/i.exec(part);
    return application !== null && /\baccess\b/i.test(part.slice(application.index + application[0].length));
  });
}
function extractAccess(text) {
  const sentences = splitSentences(text).filter((sentence) => ANY_ACCESS_PATTERN.test(sentence) || applicationForAccess(sentence));
  if (sentences.length === 0) return null;
  for (const [level, pattern] of ACCESS_PATTERNS) {
    for (const sentence of sentences) {
      if (!pattern.test(sentence) || GENERAL_REMARK.test(sentence)) continue;
      if (level === "registration" && NO_ACCOUNT.test(sentence)) continue;
      return { level, text: sentence };
    }
  }
  return null;
}
function splitSentences(text) {
  return text.split(/(?<=[.!?])\s+(?=[\p{Lu}\d(])|\n+/u).map((sentence) => trimEndOf(sentence.trim().replace(/^(?:access|availability|access type)\s*:\s*/i, ""), ".;").trim()).filter((sentence) => sentence !== "");
}

// src/extract/access.ts
var LICENCE_SEGMENT = /(?:licen[cs]e|licen[cs]ing)\s*[:：]([^\n;|]*)/gi;
var ACCESS_IN_LICENCE = /\bdata use agreement\b|\bDUA\b|\bcredentialed\b|\bregist(?:er|ration)\b|\bapply\b|\bapplication\b|\brequest\b/i;
var ACCESS_LABELLED = /(?:^|[\n;|])[ \t]*(?:access|availability|access type)\s*[:：]([^\n;|]*)/i;
var NO_TERMS = /^(?:here|link|links|website|download|data|page|url|n\/?a|none|unknown|-+|\?)?$/i;
function statedAccess(texts) {
  const licenceValues = [];
  const rest = texts.map(
    (text) => text.replace(LICENCE_SEGMENT, (_, value) => {
      licenceValues.push(value.trim());
      return "\n";
    })
  );
  const stated = extractAccess(rest.join("\n"));
  if (stated) return { ...stated, source: "text" };
  for (const value of licenceValues) {
    const terms = ACCESS_IN_LICENCE.test(value) ? extractAccess(value) : null;
    if (terms) return { ...terms, source: "text" };
  }
  for (const text of rest) {
    const value = ACCESS_LABELLED.exec(text)?.[1]?.trim().replace(/[.;]$/, "") ?? "";
    const isLink = !/\s/.test(value) && /[./]/.test(value);
    if (!NO_TERMS.test(value) && !isLink) return { level: null, text: value, source: "text" };
  }
  return null;
}
function entryAccess(texts, url, name, knowledge) {
  const knownAccess = knowledge.lookup(url, name);
  const stated = statedAccess(texts);
  const access = stated ?? (knownAccess ? { level: knownAccess.level, text: knownAccess.terms, source: "knowledge" } : null);
  return { access, knownAccess };
}

// src/extract/sections.ts
var BUILT_IN_NON_ENTRY_SECTIONS = [
  "contents",
  "content",
  "table of contents",
  "table of content",
  "toc",
  "index",
  "contributing",
  "contribute",
  "how to contribute",
  "contributors",
  "contribution",
  "contributions",
  "contribution guidelines",
  "license",
  "licence",
  "licensing",
  "citation",
  "citations",
  "cite",
  "how to cite",
  "citing",
  "acknowledgements",
  "acknowledgments",
  "acknowledgement",
  "star history",
  "stargazers",
  "changelog",
  "background",
  "introduction",
  "about",
  "disclaimer",
  "footnotes",
  // Contacts, credits and plans: people and to-dos, not datasets.
  "contact",
  "contacts",
  "contact us",
  "contact me",
  "contact information",
  "contact support",
  "contact and support",
  "maintainers",
  "maintainer",
  "authors",
  "credits",
  "todo",
  "to do",
  "todos",
  "feedback",
  "support",
  "sponsors"
];
function normaliseHeading(text) {
  return text.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, " ").replace(/^\s*\d+\s+/, "").replace(/\s+/g, " ").trim();
}
function collectHeadings(tree, nonEntrySections) {
  const slugger = new BananaSlug();
  const stack = [];
  const headings = [];
  for (const node of tree.children) {
    if (node.type !== "heading") continue;
    const text = plainText(node);
    while (stack.length > 0 && stack.at(-1).depth >= node.depth) stack.pop();
    const info = {
      ...spanOf(node),
      depth: node.depth,
      text,
      slug: headingSlug(slugger, node),
      // Navigation and meta headings (`## Contents`) never parent the categories after them.
      path: [...stack.filter((parent) => parent.isEntrySection).map((parent) => parent.text), text],
      isEntrySection: !nonEntrySections.has(normaliseHeading(text)),
      entryCount: 0,
      subsectionCount: 0
    };
    for (const parent of stack) parent.subsectionCount += 1;
    stack.push(info);
    headings.push(info);
  }
  return headings;
}
function headingIndexAt(headings, line) {
  let low = 0;
  let high = headings.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = low + high >> 1;
    if (headings[middle].line <= line) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

// src/extract/entry-kind.ts
var RESOURCE_HEADING = /\b(?:search|search engines?|other lists?|other resources|others|more lists|similar lists|awesome lists|lists of (?:lists|datasets)|related|see also|tools?|toolkits?|toolbox(?:es)?|software|libraries)\b/;
var WORK_HEADING = /\b(?:papers?|publications?|articles?|code|projects?|methods?|models?|tutorials?|courses?|talks?|lectures?|books?|blogs?|videos?|workshops?)\b/;
var DATA_HEADING = /\b(?:data|datasets?|databases?|corpus|corpora|collections?|archives?|repositor(?:y|ies)|cohorts?|challenges?|benchmarks?)\b/;
function isResourceHeading(heading) {
  const normalised = normaliseHeading(heading);
  return RESOURCE_HEADING.test(normalised) || WORK_HEADING.test(normalised) && !DATA_HEADING.test(normalised);
}
function entryKind(section) {
  let kind = kindBySection.get(section);
  if (kind === void 0) {
    kind = section.some(isResourceHeading) ? "resource" : "dataset";
    kindBySection.set(section, kind);
  }
  return kind;
}
var PAPER_LINK_TEXT = /^\[?(?:paper|pdf|arxiv|preprint|article|publication|code|github|project page)\]?$/i;
function isPaperItem(linkTexts) {
  return linkTexts.length > 0 && linkTexts.every((text) => PAPER_LINK_TEXT.test(text.trim())) && linkTexts.some((text) => !/code|github/i.test(text));
}
var kindBySection = /* @__PURE__ */ new WeakMap();

// src/extract/not-entries.ts
var TODO_LABEL = /^\W*to[\s-]?do(?:s|\s+list)?\W*$/iu;
function isTodoLabel(text) {
  return TODO_LABEL.test(text.trim());
}
var CREDIT_LABEL = /^\W*(?:credits?|inspired by|inspiration(?: from)?|thanks(?: to)?|special thanks(?: to)?|acknowledge?ments?|maintainers?|maintained by|curated by|contributors?|authors?|related (?:awesome )?lists?|other (?:awesome )?lists?|similar lists?|see also)\W*$/iu;
var VALUE_LIST_LABEL = /^\W*(?:releases?|versions?|files?|keywords?|tags?|changelog|history|requirements?|dependencies|installation|usage|folder structure|file structure)\s*:\W*$/iu;
function isCreditLabel(text) {
  const trimmed = text.trim();
  return CREDIT_LABEL.test(trimmed) || VALUE_LIST_LABEL.test(trimmed);
}
var TODO_ITEM = /^\W*to[\s-]?do\b/iu;
var CREDIT_LINE = /^\W*(?:(?:this\s+)?list\s+(?:is\s+)?(?:maintained|curated|created|compiled)\s+by|maintained\s+by|curated\s+by|compiled\s+by|created\s+by|made\s+(?:with\s+\S+\s+)?by|inspiration\s+from|inspired\s+by|thanks\s+to|credits?\s*(?:to|:)|originally\s+by)\b/iu;
var INSTALL_COMMAND = /\b(?:pip3?|conda|mamba|npm|yarn|pnpm|gem|cargo|brew|apt(?:-get)?) (?:install|add) \S|\binstall\.packages\(|\bgo (?:get|install) \S|\bdocker pull \S/i;
var NOT_ONLINE = /\bcontact (?:the )?(?:authors?|owners?|maintainers?|us)\b|\brequest(?:ing)? access\b|\b(?:up)?on request\b|\bby request\b|\bnot (?:publicly |freely |openly )?(?:available|online|released|accessible|shared)\b|\bno longer (?:available|online|hosted)\b/iu;
var CONTACT_NAMED = new RegExp("\\b[Cc]ontact (?:the )?\\p{Lu}", "u");
function reasonForNoLink(text) {
  const install = INSTALL_COMMAND.exec(text);
  if (install) return { kind: "install", text: phraseAround(text, install.index) };
  const note = NOT_ONLINE.exec(text) ?? CONTACT_NAMED.exec(text);
  if (note) return { kind: "not-online", text: phraseAround(text, note.index) };
  return null;
}
function phraseAround(text, index) {
  const separators = /[;|\n]|\.\s/g;
  let start = 0;
  let end = text.length;
  for (let match = separators.exec(text); match !== null; match = separators.exec(text)) {
    if (match.index < index) start = match.index + 1;
    else {
      end = match.index;
      break;
    }
  }
  return text.slice(start, end).trim();
}
function isNotEntryText(text) {
  return CREDIT_LINE.test(text) || TODO_ITEM.test(text);
}
function dropIndexTables(entries) {
  const tables = [];
  let previous = null;
  for (const entry of entries) {
    if (entry.shape !== "table-row") {
      previous = null;
      continue;
    }
    if (previous && entry.line === previous.endLine + 1) tables.at(-1).push(entry);
    else tables.push([entry]);
    previous = entry;
  }
  const dropped = /* @__PURE__ */ new Set();
  const urls = /* @__PURE__ */ new Set();
  const names = /* @__PURE__ */ new Set();
  let next = entries.length - 1;
  for (let index = tables.length - 1; index >= 0; index -= 1) {
    const rows = tables[index];
    const end = rows.at(-1).endLine;
    for (; next >= 0 && entries[next].line > end; next -= 1) {
      const later = entries[next];
      if (later.url !== null) urls.add(urlKey(later.url));
      if (later.name !== "") names.add(later.name.toLowerCase());
    }
    if (rows.length < 2) continue;
    const repeated = rows.filter((row) => row.url !== null && urls.has(urlKey(row.url)) || names.has(row.name.toLowerCase()));
    if (repeated.length * 5 >= rows.length * 4) for (const row of rows) dropped.add(row);
  }
  return dropped.size === 0 ? entries : entries.filter((entry) => !dropped.has(entry));
}
function urlKey(url) {
  return trimEndOf(url.trim().toLowerCase().replace(/^[a-z]+:\/\/(?:www\.)?/, ""), "/");
}

// src/extract/tables.ts
var NAME_HEADER = /^(?:datasets?|dataset names?|names?|databases?|titles?|resources?|projects?|collections?|challenges?|competitions?|tools?|librar(?:y|ies)|frameworks?|software|packages?|papers?|corpora|corpus|benchmarks?|models?|platforms?|repositor(?:y|ies))$/i;
var DESCRIPTION_HEADER = /^(?:description|descriptions|summary|details|overview|about|notes?|content|contents)$/i;
var ACCESS_HEADER = /^(?:access|availability|access type)$/i;
var LICENSE_HEADER = /^(?:licen[cs]es?|licensing|terms|terms of use|usage|usage terms)$/i;
var LINK_HEADER = /link|url|website|homepage|download|source/i;
var COMPARISON_FIRST_HEADER = /^(?:methods?|models?|approach(?:es)?|algorithms?|architectures?|teams?|ranks?|#|data types?|types?|categor(?:y|ies)|modalit(?:y|ies)|tasks?|use cases?|metrics?)$/i;
var SCORE_HEADER = /\b(?:accuracy|auc|auroc|f1|dice|sensitivity|specificity|precision|recall|score|performance|error|mae|rmse)\b/i;
function entryTableColumns(headers, rows) {
  const name = headers.findIndex((text) => NAME_HEADER.test(text));
  if (name === -1) return null;
  if (name > 0 && COMPARISON_FIRST_HEADER.test(headers[0] ?? "")) return null;
  if (name > 0 && headers.some((text) => SCORE_HEADER.test(text))) return null;
  const access = headers.findIndex((text) => ACCESS_HEADER.test(text));
  const license = headers.findIndex((text) => LICENSE_HEADER.test(text));
  const link = headers.findIndex((text, index) => index !== name && LINK_HEADER.test(text));
  const rowsLink = rows.some((row) => row.children.some((cell) => cellLinks(cell).length > 0));
  if (!rowsLink && access === -1 && link === -1) return null;
  const named = rows.map((row) => plainText(row.children[name] ?? [])).filter((text) => text !== "");
  if (named.length > 0 && named.filter((text) => text.includes(", ")).length * 2 > named.length && !rowsLink) return null;
  const description = headers.findIndex((text, index) => index !== name && DESCRIPTION_HEADER.test(text));
  return { name, description, access, license, link };
}
function isGroupLabelRow(row) {
  const filled = row.children.filter((cell2) => plainText(cell2) !== "");
  if (filled.length !== 1) return false;
  const cell = filled[0];
  const content = cell.children.filter((child) => child.type !== "html" && !(child.type === "text" && child.value.trim() === ""));
  return content.length === 1 && (content[0]?.type === "strong" || content[0]?.type === "emphasis") && cellLinks(cell).length === 0;
}
function rowDescription(cells, headers, columns) {
  if (columns.description >= 0) {
    const text = plainText(cells[columns.description] ?? []);
    if (text !== "") return text;
  }
  const parts = [];
  cells.forEach((cell, index) => {
    if (index === columns.name || index === columns.link || index === columns.access || index === columns.license) return;
    const value = plainText(cell);
    if (value !== "") parts.push(`${headers[index] ?? ""}: ${value}`);
  });
  return parts.join("; ");
}
function cellLinks(cell) {
  return cell.children.flatMap((child) => linksIn(child)).filter((link) => !link.url.startsWith("#"));
}

// src/extract/html-entries.ts
var parse5;
function needsHtmlParser(source) {
  return /<a/i.test(source);
}
function useHtmlParser(parser) {
  parse5 ??= parser;
}
function parseFragment(html, options) {
  if (!parse5) throw new Error("The HTML parser is not given: call useHtmlParser() before extracting a file that needsHtmlParser()");
  return parse5.parseFragment(html, options);
}
function htmlBlockEntries(html, baseOffset, lines) {
  if (!mayHoldEntries(html)) return [];
  const tree = parseFragment(html, { sourceCodeLocationInfo: true });
  const place = { baseOffset, lines };
  const entries = [];
  visitBlocks(tree, place, entries);
  return entries.sort((a, b) => a.span.line - b.span.line || a.span.column - b.span.column);
}
function visitBlocks(root, place, entries) {
  const stack = [{ node: root, parent: void 0 }];
  while (stack.length > 0) {
    const { node, parent } = stack.pop();
    for (const child of node.childNodes) {
      if (!isElement(child)) continue;
      if (child.tagName === "table") {
        const inner = [];
        tableEntries(child, place, entries, inner);
        for (const table of inner) stack.push({ node: table, parent });
      } else if (child.tagName === "ul" || child.tagName === "ol") {
        for (const nested of listEntries(child, place, entries, parent)) stack.push(nested);
      } else stack.push({ node: child, parent });
    }
  }
}
function listEntries(list, place, entries, parent) {
  const nestedLists = [];
  for (const item of list.childNodes) {
    if (!isElement(item) || item.tagName !== "li") continue;
    const nested = item.childNodes.filter((child) => isElement(child) && (child.tagName === "ul" || child.tagName === "ol"));
    const nestedSet = new Set(nested);
    const own = item.childNodes.filter((child) => !nestedSet.has(child));
    const link = openingLink(own);
    let name = parent;
    if (link) {
      name = cleanName(textOf(link));
      const description = stripLead(textOf(own.slice(own.indexOf(topLevelOf(own, link)) + 1)));
      entries.push({
        start: { name, url: hrefOf(link), description },
        shape: "list-item",
        // Up to its last node that holds no list or table: those hold sub-entries, with spans of their own.
        span: ownSpan(item, own.filter((node) => !isElement(node) || !holdsStructure(node)), place),
        links: linksOf(own, place),
        ...parent === void 0 ? {} : { parent }
      });
    }
    for (const sub of nested) nestedLists.push({ node: { nodeName: "#document-fragment", childNodes: [sub] }, parent: name });
    for (const other of own) if (isElement(other) && other !== link) nestedLists.push({ node: other, parent: name });
  }
  return nestedLists;
}
function tableEntries(table, place, entries, nested) {
  const rows = elements(table, "tr", STRUCTURES);
  const [first] = rows;
  if (!first) return;
  const firstCells = cellsOf(first);
  const headerRow = firstCells.length > 0 && firstCells.every((cell) => cell.tagName === "th");
  const titles = headerRow ? firstCells.map((cell) => foldWhitespace(textOf(cell))) : [];
  const named = titles.findIndex((title) => NAME_HEADER.test(title));
  const nameColumn = named === -1 ? 0 : named;
  const descriptionColumn = titles.findIndex((title, index) => index !== nameColumn && DESCRIPTION_HEADER.test(title));
  for (const row of headerRow ? rows.slice(1) : rows) {
    const cells = cellsOf(row);
    for (const cell of cells) for (const inner of elements(cell, "table")) nested.push({ nodeName: "#document-fragment", childNodes: [inner] });
    const nameCell = cells[nameColumn];
    const link = nameCell ? elements(nameCell, "a").find((anchor) => hrefOf(anchor) !== null && textOf(anchor) !== "") : void 0;
    if (!nameCell || !link) continue;
    const description = descriptionColumn >= 0 ? foldWhitespace(textOf(cells[descriptionColumn] ?? [])) : cells.map((cell, index) => {
      if (cell === nameCell) return "";
      const value = foldWhitespace(textOf(cell));
      const title = titles[index];
      return value === "" || !title ? value : `${title}: ${value}`;
    }).filter((value) => value !== "").join("; ");
    entries.push({
      start: { name: cleanName(textOf(nameCell)), url: hrefOf(link), description },
      shape: "table-row",
      span: ownSpan(row, row.childNodes.filter((node) => !isElement(node) || !holdsStructure(node)), place),
      links: linksOf([row], place)
    });
  }
}
function inlineHtmlStart(head) {
  const children = head.children.filter((child) => !(child.type === "text" && child.value.trim() === ""));
  const opening = children[0];
  if (opening?.type !== "html" || !opening.value.trimStart().slice(0, 2).toLowerCase().startsWith("<a")) return null;
  const anchor = parseFragment(opening.value).childNodes[0];
  if (!anchor || !isElement(anchor) || anchor.tagName !== "a") return null;
  const url = hrefOf(anchor);
  if (url === null) return null;
  const closing = children.findIndex((child, index) => index > 0 && child.type === "html" && child.value.replace(/\s/g, "").toLowerCase() === "</a>");
  if (closing === -1) return null;
  const name = cleanName(plainText(children.slice(1, closing)));
  if (name === "") return null;
  return { name, url, description: stripLead(plainText(children.slice(closing + 1))) };
}
function mayHoldEntries(html) {
  const lower = html.toLowerCase();
  return lower.includes("<a") && (lower.includes("<li") || lower.includes("<td") || lower.includes("<th"));
}
function openingLink(nodes) {
  const first = nodes.find((node) => !(node.nodeName === "#text" && "value" in node && node.value.trim() === "") && node.nodeName !== "#comment");
  if (!first || !isElement(first)) return null;
  const anchor = first.tagName === "a" ? first : ["b", "strong", "em"].includes(first.tagName) ? elements(first, "a")[0] : void 0;
  if (!anchor || hrefOf(anchor) === null || textOf(anchor) === "") return null;
  return anchor;
}
function topLevelOf(nodes, link) {
  return nodes.find((node) => node === link || isElement(node) && elements(node, "a").includes(link)) ?? link;
}
function hrefOf(anchor) {
  const href = anchor.attrs.find((attribute) => attribute.name === "href")?.value.trim();
  return href !== void 0 && href !== "" && !href.startsWith("#") ? href : null;
}
function linksOf(nodes, place) {
  return nodes.flatMap((node) => isElement(node) ? elements(node, "a") : []).flatMap((anchor) => {
    const url = hrefOf(anchor);
    return url === null ? [] : [{ url, kind: "link", ...spanIn(anchor, place) }];
  });
}
function holdsStructure(node) {
  const stack = [node];
  while (stack.length > 0) {
    const current = stack.pop();
    if (STRUCTURES.has(current.tagName)) return true;
    for (const child of current.childNodes) if (isElement(child)) stack.push(child);
  }
  return false;
}
var STRUCTURES = /* @__PURE__ */ new Set(["table", "ul", "ol"]);
function elements(node, tagName, stop = STRUCTURES) {
  const found = [];
  const stack = [node];
  while (stack.length > 0) {
    const current = stack.pop();
    if (current.tagName === tagName) found.push(current);
    if (current !== node && stop.has(current.tagName)) continue;
    for (let index = current.childNodes.length - 1; index >= 0; index -= 1) {
      const child = current.childNodes[index];
      if (child && isElement(child)) stack.push(child);
    }
  }
  return found;
}
function cellsOf(row) {
  return row.childNodes.filter((cell) => isElement(cell) && (cell.tagName === "td" || cell.tagName === "th"));
}
function isElement(node) {
  return "tagName" in node;
}
function textOf(node) {
  const parts = [];
  const roots = new Set(Array.isArray(node) ? node : [node]);
  const stack = [...roots].reverse();
  while (stack.length > 0) {
    const current = stack.pop();
    if (current.nodeName === "#text" && "value" in current) parts.push(current.value);
    else if (isElement(current) && current.tagName === "br") parts.push(" ");
    else if (isElement(current) && current.tagName !== "img" && (roots.has(current) || !STRUCTURES.has(current.tagName))) {
      for (let index = current.childNodes.length - 1; index >= 0; index -= 1) stack.push(current.childNodes[index]);
    }
  }
  return foldWhitespace(parts.join(""));
}
function ownSpan(item, own, place) {
  const span = spanIn(item, place);
  if (own.length === item.childNodes.length) return span;
  const last = [...own].reverse().find((node) => node.sourceCodeLocation);
  const end = last?.sourceCodeLocation?.endOffset;
  if (end === void 0) return span;
  const point = place.lines.point(place.baseOffset + end);
  return { ...span, endLine: point.line, endColumn: point.column };
}
function spanIn(node, place) {
  const startOffset = node.sourceCodeLocation?.startOffset ?? 0;
  const endOffset = Math.max(startOffset, node.sourceCodeLocation?.endOffset ?? startOffset);
  const start = place.lines.point(place.baseOffset + startOffset);
  const end = place.lines.point(place.baseOffset + endOffset);
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

// src/extract/linkless-items.ts
var NAME_END = new RegExp("\\s[-\u2013\u2014]\\s|[:.,;]\\s|\\)\\s(?=\\p{Lu})|\\s(?:is|was|are|Is|Was|Are)\\s", "u");
var NAME_OPENING = new RegExp("^(?:[\\p{Lu}\\p{N}]|\\p{Ll}[\\p{Ll}.-]*\\p{Lu})", "u");
var MAX_NAME_WORDS = 8;
var PROSE_OPENING = /^(?:note|notes|step|todo|see|use|download|install|run|click|go|open|read|check|make|add|please|if|when|for|the data|this|these|it|we|you|they)\b/i;
var CATALOGUE_SHARE = 0.6;
function readListShape(list) {
  const named = /* @__PURE__ */ new Map();
  list.children.forEach((item, index) => {
    const start = namedItemStart(item);
    if (start) named.set(index, start);
  });
  const catalogue = list.ordered !== true && list.children.length >= 2 && named.size / list.children.length >= CATALOGUE_SHARE;
  return { named, catalogue };
}
function namedItemStart(item) {
  const head = item.children[0];
  if (head?.type !== "paragraph") return null;
  const bold = boldOnlyStart(head);
  if (bold) return bold;
  const text = plainText(head);
  const end = nameEnd(text);
  if (!end) {
    const split = splitParenthesis(text);
    return split && isNameShaped(cleanName(split.name)) ? { name: cleanName(split.name), url: firstUrl(head), description: split.description } : null;
  }
  const name = cleanName(text.slice(0, end.nameEnd));
  const description = foldWhitespace(text.slice(end.descriptionStart));
  if (!isNameShaped(name) || description === "") return null;
  return { name, url: firstUrl(head), description };
}
function nameEnd(text) {
  const masked = text.replace(/\([^()]*\)/g, (group) => `(${"_".repeat(group.length - 2)})`);
  const end = NAME_END.exec(masked);
  if (!end) return null;
  const closesParenthesis = end[0].startsWith(")");
  return { nameEnd: end.index + (closesParenthesis ? 1 : 0), descriptionStart: end.index + end[0].length };
}
function isNameShaped(name) {
  return NAME_OPENING.test(name) && !PROSE_OPENING.test(name) && name.split(" ").length <= MAX_NAME_WORDS;
}
function itemAmongEntries(item, shape, index) {
  const named = shape.named.get(index);
  if (named) return named;
  const head = item.children[0];
  if (head?.type !== "paragraph") return null;
  const text = plainText(head);
  if (!/^[\p{Lu}\p{N}]/u.test(text) || PROSE_OPENING.test(text)) return null;
  const url = firstUrl(head);
  if (url === null) return null;
  const beforeUrl = text.split(/\s(?:https?:\/\/|www\.)/, 1)[0] ?? text;
  const end = nameEnd(beforeUrl);
  const name = cleanName(end ? beforeUrl.slice(0, end.nameEnd) : beforeUrl);
  if (name === "") return null;
  return { name, url, description: foldWhitespace(end ? beforeUrl.slice(end.descriptionStart) : "") };
}
function boldOnlyStart(head) {
  const children = head.children.filter((child) => !(child.type === "text" && child.value.trim() === ""));
  const [first, second] = children;
  if (!first || first.type !== "strong" && first.type !== "emphasis") return null;
  if (linksIn(first).length > 0) return null;
  const ownLine = second === void 0 || second.type === "break" || second.type === "text" && /^[ \t]*\n/.test(second.value);
  if (!ownLine) return null;
  const raw = plainText(first);
  const name = cleanName(raw);
  if (name === "" || /:\s*$/.test(raw) || !isNameShaped(name)) return null;
  return { name, url: firstUrl(head), description: foldWhitespace(plainText(children.slice(1))) };
}
function firstUrl(head) {
  const link = head.children.flatMap((child) => linksIn(child)).find((candidate) => !candidate.url.startsWith("#"));
  return link?.url ?? null;
}

// src/extract/sub-entries.ts
function opensWithNamedLink(head, source) {
  const first = head.children.find((child) => !(child.type === "text" && child.value.trim() === ""));
  if (!first) return false;
  if (first.type === "html") {
    const start = inlineHtmlStart(head);
    return start !== null && !GENERIC_LINK_TEXT.test(start.name);
  }
  const link = first.type === "link" ? first : (first.type === "strong" || first.type === "emphasis") && first.children[0]?.type === "link" ? first.children[0] : null;
  if (!link || link.url.startsWith("#") || linkKind(link, source) !== "link") return false;
  const text = plainText(link);
  return text !== "" && !GENERIC_LINK_TEXT.test(text);
}
var MIRROR_TEXT = /(?:[|(–—-]|\bon)\s*(?:kaggle|papers with code|hugging ?face|zenodo|figshare|github|gitlab|google drive|dropbox|academic torrents|aws|mirror)\)?\s*$|\bmirror\b/i;
function opensWithMirror(head) {
  const first = head.children.find((child) => !(child.type === "text" && child.value.trim() === ""));
  return first?.type === "link" && MIRROR_TEXT.test(plainText(first));
}
var VALUE_LABEL = /^(?:releases?|versions?|v\d[\w.]*|keywords?|tags?|notes?|files?|mirrors?|demo|slides|video|poster|leaderboard|license|licence|doi|bibtex|citation)$/i;
function isNameOverBareUrl(head, start, isField) {
  if (start.url === null || isField(start.name) || VALUE_LABEL.test(start.name) || GENERIC_LINK_TEXT.test(start.name)) return false;
  const children = head.children.filter((child) => !(child.type === "text" && child.value.trim() === ""));
  const [label, link] = children;
  if (label?.type !== "text" || link?.type !== "link" || !/:\s*$/.test(label.value)) return false;
  return link.url === start.url && plainText(link).replace(/^<|>$/g, "") === link.url.replace(/^mailto:/, "");
}

// src/extract/entries.ts
var FIELD_LABEL = new RegExp("^\\p{Lu}[\\p{L} /()&-]{0,30}:\\s*\\S", "u");
function extractEntries(tree, context) {
  const drafts = [];
  const blocks = tree.children;
  let open = null;
  let headingIndex = -1;
  let inEntrySection = true;
  let afterTodo = false;
  let htmlReadUntil = -1;
  const run = { startLine: 1, accessLinks: /* @__PURE__ */ new Set() };
  for (const [blockIndex, block] of blocks.entries()) {
    const todoList = afterTodo;
    if (block.type === "paragraph") {
      const text = plainText(block);
      afterTodo = isTodoLabel(text) || isCreditLabel(text);
      const accessLink = standaloneAccessLink(block, text);
      if (accessLink !== null) run.accessLinks.add(accessLink);
    } else {
      afterTodo = false;
    }
    if (afterTodo) continue;
    if (block.type === "heading" || block.type === "thematicBreak") closeRun(run, drafts, spanOf(block).line);
    if (block.type === "heading") {
      open = null;
      headingIndex += 1;
      inEntrySection = context.headings[headingIndex]?.isEntrySection ?? true;
      if (inEntrySection && block.depth >= 2) {
        const draft = headingEntry(block, context.source);
        if (draft) {
          drafts.push(draft);
          open = draft;
        }
      }
      continue;
    }
    if (!inEntrySection) continue;
    if (block.type === "thematicBreak") {
      open = null;
      continue;
    }
    if (block.type === "paragraph") {
      const title = boldTitle(block);
      if (title !== null) {
        open = { start: { name: title, url: null, description: "" }, shape: "bold-block", span: spanOf(block), extraText: [] };
        drafts.push(open);
        extendText(open, block.children.slice(1));
        continue;
      }
      if (open) {
        extend(open, block);
        continue;
      }
      const draft = paragraphEntry(block, context.source);
      if (draft) drafts.push(draft);
      continue;
    }
    if (block.type === "list") {
      if (todoList) continue;
      const grouped = open ? groupedItems(open, block, context.source, drafts) : null;
      if (grouped) {
        open = grouped;
        continue;
      }
      if (open && (open.shape === "bold-block" || !listHasEntries(block, context.source))) {
        extend(open, block);
        continue;
      }
      open = null;
      if (!isNavigation(block)) listEntries2(block, context.source, drafts);
      continue;
    }
    if (block.type === "table") {
      open = null;
      tableEntries2(block, drafts);
      continue;
    }
    if (block.type === "html" && (block.position?.start.offset ?? 0) > htmlReadUntil) {
      htmlReadUntil = htmlRunEntries(blocks, blockIndex, block, context, drafts);
    }
  }
  closeRun(run, drafts, Number.POSITIVE_INFINITY);
  headingWithLinkedParagraph(blocks, context, drafts);
  const entries = withoutLonelyCatalogues(drafts, context).filter((draft) => !(draft.shape === "bold-block" && draft.absorbedList && draft.start.url === null)).sort((a, b) => a.span.line - b.span.line || a.span.column - b.span.column).map((draft) => finish(draft, context));
  return dropIndexTables(entries);
}
function headingEntry(heading, source) {
  const paragraph = { type: "paragraph", children: heading.children };
  if (heading.position) paragraph.position = heading.position;
  const start = readEntryStart(paragraph, source);
  const first = heading.children.find((child) => !(child.type === "text" && child.value.trim() === ""));
  if (!start || !first || first.type !== "link" && first.type !== "strong" && first.type !== "emphasis") return null;
  if (first.type !== "link" && linksIn(first).length === 0) return null;
  return { start, shape: "heading", span: spanOf(heading), extraText: [] };
}
var ACCESS_LINE = /^(?:access|website|web site|homepage|home page|data|download|link|url)\s*:\s*\S+$/i;
function standaloneAccessLink(paragraph, text) {
  if (!ACCESS_LINE.test(text.trim())) return null;
  const links = linksInBlock(paragraph);
  return links.length === 1 ? links[0] : null;
}
function closeRun(run, drafts, nextLine) {
  if (run.accessLinks.size === 1) {
    const [link] = run.accessLinks;
    for (let index = drafts.length - 1; index >= 0; index -= 1) {
      const draft = drafts[index];
      if (draft.span.line < run.startLine) break;
      if (draft.start.url === null && !draft.ownLinks) draft.sharedLink = link;
    }
  }
  run.startLine = nextLine;
  run.accessLinks.clear();
}
var FIELD_NAME = /^(?:access|paper|papers|link|links|data|website|web site|code|information|info|overview|download|downloads|source|homepage|home page|url|documentation|docs|landing page|article|publication|preprocessed version|description|summary|license|licence|citation)$/i;
function paragraphEntry(paragraph, source) {
  if (isNotEntryText(plainText(paragraph))) return null;
  const start = readEntryStart(paragraph, source);
  if (!start || FIELD_NAME.test(start.name)) return null;
  return { start, shape: "paragraph", span: spanOf(paragraph), extraText: [] };
}
function htmlRunEntries(blocks, firstIndex, first, context, drafts) {
  let last = first;
  for (let index = firstIndex + 1; blocks[index]?.type === "html"; index += 1) last = blocks[index];
  const start = first.position?.start.offset ?? 0;
  const end = last.position?.end.offset ?? start;
  for (const entry of htmlBlockEntries(context.source.slice(start, end), start, context.lines)) {
    drafts.push({ start: entry.start, shape: entry.shape, span: entry.span, extraText: [], ownLinks: entry.links, ...entry.parent === void 0 ? {} : { parent: entry.parent } });
  }
  return end;
}
function extend(draft, block) {
  if (block.type === "list") draft.absorbedList = true;
  const end = spanOf(block);
  draft.span = { ...draft.span, endLine: end.endLine, endColumn: end.endColumn };
  extendText(draft, [block]);
}
function extendText(draft, nodes) {
  let text;
  if (nodes.length === 1 && nodes[0]?.type === "paragraph") {
    text = extendLines(draft, nodes[0].children);
  } else if (nodes.every((node) => node.type !== "paragraph" && node.type !== "list" && node.type !== "table")) {
    text = extendLines(draft, nodes);
  } else {
    text = plainText(nodes);
  }
  draft.start = { ...draft.start, description: appendFolded(draft.start.description, text) };
  if (draft.start.url === null) {
    const link = nodes.flatMap((node) => linksInBlock(node))[0];
    if (link) draft.start = { ...draft.start, url: link };
  }
}
function appendFolded(folded, text) {
  const more = foldWhitespace(text);
  return folded === "" ? more : more === "" ? folded : `${folded} ${more}`;
}
function extendLines(draft, nodes) {
  const { description, fields } = splitFieldLines(nodes);
  for (const field of fields) draft.extraText.push(field);
  return description;
}
function linksInBlock(block, urls = []) {
  if (block.type === "link" && !block.url.startsWith("#")) urls.push(block.url);
  if ("children" in block) for (const child of block.children) linksInBlock(child, urls);
  return urls;
}
function isNavigation(list) {
  const urls = linksInBlock(list);
  const all = countLinks(list);
  return all > 0 && urls.length === 0;
}
function countLinks(node) {
  if (node.type === "link") return 1;
  if (!("children" in node)) return 0;
  let total = 0;
  for (const child of node.children) total += countLinks(child);
  return total;
}
function listHasEntries(list, source) {
  return list.children.some((item) => {
    const head = item.children[0];
    return head?.type === "paragraph" && readItemStart(head, source) !== null && !FIELD_LABEL.test(plainText(head));
  });
}
function readItemStart(head, source) {
  const known = itemStarts.get(head);
  if (known && known.source === source) return known.start;
  const start = inlineHtmlStart(head) ?? readEntryStart(head, source, true);
  itemStarts.set(head, { source, start });
  return start;
}
var itemStarts = /* @__PURE__ */ new WeakMap();
function isSubEntry(head, source) {
  if (head?.type !== "paragraph") return false;
  const start = readItemStart(head, source);
  if (!start || start.name === "" || FIELD_NAME.test(start.name)) return false;
  if (opensWithMirror(head)) return false;
  return opensWithNamedLink(head, source) || !FIELD_LABEL.test(plainText(head)) || isNameOverBareUrl(head, start, (name) => FIELD_NAME.test(name));
}
function listEntries2(list, source, drafts, inGroup = false) {
  const read = readListShape(list);
  const shape = inGroup ? { ...read, catalogue: true } : read;
  const siblingsAreEntries = listHasEntries(list, source);
  list.children.forEach((item, index) => listItemEntries(item, source, drafts, { shape, siblingsAreEntries, index }));
}
function listItemEntries(item, source, drafts, list) {
  const head = item.children[0]?.type === "paragraph" ? item.children[0] : null;
  const nested = item.children.filter((child) => child.type === "list");
  if (head && isNotEntryText(plainText(head))) return null;
  const read = head ? readItemStart(head, source) : null;
  let start = read && !FIELD_NAME.test(read.name) ? read : head ? nameOverUrl(head, nested, source) : null;
  let needsSection = false;
  if (!start && !nested.some((child) => holdsEntries(child, source))) {
    start = list.siblingsAreEntries ? itemAmongEntries(item, list.shape, list.index) : list.shape.catalogue ? list.shape.named.get(list.index) ?? null : null;
    needsSection = start !== null && !list.siblingsAreEntries;
    if (start && FIELD_NAME.test(start.name)) start = null;
  }
  if (!start) {
    for (const child of nested) listEntries2(child, source, drafts);
    return null;
  }
  const following = item.children.slice(1).filter((child) => child.type === "paragraph");
  if (start.description === "" && following.length > 0) start = { ...start, description: foldWhitespace(plainText(following)) };
  const draft = {
    start,
    shape: "list-item",
    span: spanOf(item),
    extraText: [],
    ...needsSection ? { needsSection } : {},
    ...list.parent === void 0 ? {} : { parent: list.parent }
  };
  drafts.push(draft);
  for (const list2 of nested) {
    let shape;
    for (const [index, child] of list2.children.entries()) {
      const childHead = child.children[0];
      const text = childHead ? plainText(childHead) : "";
      const childStart = childHead?.type === "paragraph" && !FIELD_LABEL.test(text) ? readItemStart(childHead, source) : null;
      if (isSubEntry(childHead, source)) {
        shape ??= readListShape(list2);
        listItemEntries(child, source, drafts, { shape, siblingsAreEntries: true, index, parent: start.name });
      } else {
        draft.extraText.push(plainText(child));
        const fieldLink = childHead?.type === "paragraph" && FIELD_LABEL.test(text) ? linksInBlock(childHead)[0] : void 0;
        if (draft.start.url === null && fieldLink) draft.start = { ...draft.start, url: fieldLink };
        const described = /^(?:description|summary)\s*:\s*(\S.*)$/i.exec(text);
        if (described && draft.start.description === "") draft.start = { ...draft.start, description: described[1] };
        else if (!childStart && childHead?.type === "paragraph" && !FIELD_LABEL.test(text) && draft.start.description === "") {
          draft.start = { ...draft.start, description: text };
        }
      }
    }
  }
  const ownEnd = lastOwnBlock(item, source);
  if (ownEnd) draft.span = { ...draft.span, endLine: spanOf(ownEnd).endLine, endColumn: spanOf(ownEnd).endColumn };
  return draft;
}
function holdsEntries(list, source) {
  return list.children.some((item) => {
    const head = item.children[0];
    const start = head?.type === "paragraph" ? readItemStart(head, source) : null;
    return start !== null && !FIELD_NAME.test(start.name);
  });
}
function groupedItems(open, list, source, drafts) {
  const title = open.groupOf ?? open;
  const titleOnly = title.shape === "bold-block" && title.start.url === null && title.start.description === "" && title.extraText.length === 0;
  if (!titleOnly || list.ordered === true) return null;
  const shape = readListShape(list);
  const linked = listHasEntries(list, source);
  if (!linked && shape.named.size < list.children.length) return null;
  const titleIndex = drafts.indexOf(title);
  if (titleIndex !== -1) drafts.splice(titleIndex, 1);
  const before = drafts.length;
  listEntries2(list, source, drafts, true);
  const added = drafts.slice(before);
  for (const draft of added) delete draft.needsSection;
  const last = added.at(-1);
  if (!last) return null;
  last.groupOf = title;
  return last;
}
function withoutLonelyCatalogues(drafts, context) {
  const sectionsWithEntries = new Set(
    drafts.filter((draft) => !draft.needsSection).map((draft) => headingIndexAt(context.headings, draft.span.line))
  );
  return drafts.filter((draft) => !draft.needsSection || sectionsWithEntries.has(headingIndexAt(context.headings, draft.span.line)));
}
function nameOverUrl(head, nested, source) {
  const firstHead = nested[0]?.children[0]?.children[0];
  if (firstHead?.type !== "paragraph" || head.children.some((child) => linksIn(child).length > 0)) return null;
  const only = firstHead.children.filter((child) => !(child.type === "text" && child.value.trim() === ""));
  const link = only[0];
  if (only.length !== 1 || link?.type !== "link" || linkKind(link, source) !== "bare") return null;
  const name = cleanName(plainText(head));
  if (name === "" || name.length > 80 || /[.!?]\s/.test(name) || FIELD_NAME.test(name)) return null;
  return { name, url: link.url, description: "" };
}
function lastOwnBlock(item, source) {
  let last = item.children[0] ?? null;
  for (const child of item.children) {
    if (child.type !== "list") {
      last = child;
      continue;
    }
    for (const sub of child.children) {
      if (isSubEntry(sub.children[0], source)) return last;
      last = sub;
    }
  }
  return last;
}
function tableEntries2(table, drafts) {
  const [header, ...rows] = table.children;
  if (!header) return;
  const headers = header.children.map((cell) => plainText(cell));
  const columns = entryTableColumns(headers, rows);
  if (!columns) return;
  let named;
  const listedBefore = drafts.length;
  for (const row of rows) {
    if (isGroupLabelRow(row)) continue;
    const draft = tableRowEntry(row, headers, columns);
    if (!draft) continue;
    if (draft.start.url === null) {
      named ??= new Set(drafts.slice(0, listedBefore).map((listed) => listed.start.name.toLowerCase()));
      if (named.has(draft.start.name.toLowerCase())) continue;
    }
    drafts.push(draft);
  }
}
function tableRowEntry(row, headers, columns) {
  const cells = row.children;
  const nameCell = cells[columns.name];
  if (!nameCell) return null;
  const name = cleanName(plainText(nameCell));
  if (name === "") return null;
  const nameLink = nameCell.children.flatMap((child) => linksIn(child))[0];
  const rowLinks = cells.flatMap((cell) => cell.children.flatMap((child) => linksIn(child))).filter((link) => !link.url.startsWith("#"));
  const url = nameLink && !nameLink.url.startsWith("#") ? nameLink.url : rowLinks[0]?.url ?? null;
  const description = rowDescription(cells, headers, columns);
  const counts = [];
  if (columns.description < 0) {
    cells.forEach((cell, index) => {
      if (index === columns.name || index === columns.link) return;
      const value = plainText(cell);
      const number = /^(?:\d{1,3}(?:,\d{3})+|\d+)$/.exec(value);
      const noun = (headers[index] ?? "").toLowerCase();
      if (number && noun !== "" && !/year|date/.test(noun)) {
        counts.push({ value: Number(value.replace(/,/g, "")), noun, text: `${value} ${noun}` });
      }
    });
  }
  const accessText = columns.access >= 0 ? plainText(cells[columns.access] ?? []) : "";
  const linkCell = columns.link >= 0 ? cells[columns.link] : void 0;
  const linkCellText = linkCell && linkCell.children.every((child) => linksIn(child).length === 0) ? plainText(linkCell) : "";
  return {
    start: { name, url, description },
    shape: "table-row",
    span: spanOf(row),
    extraText: [accessText === "" ? "" : `Access: ${accessText}`, licenseField(cells[columns.license]), linkCellText].filter((text) => text !== ""),
    counts
  };
}
function licenseField(cell) {
  const text = cell ? plainText(cell) : "";
  return text === "" ? "" : `License: ${text}`;
}
function headingWithLinkedParagraph(blocks, context, drafts) {
  const taken = new Set(drafts.map((draft) => headingIndexAt(context.headings, draft.span.line)));
  let headingIndex = -1;
  for (let index = 0; index < blocks.length; index += 1) {
    const block = blocks[index];
    if (block.type !== "heading") continue;
    headingIndex += 1;
    const heading = context.headings[headingIndex];
    if (!heading || heading.depth < 2 || !heading.isEntrySection || heading.subsectionCount > 0) continue;
    if (taken.has(headingIndex)) continue;
    const body = [];
    for (let next = index + 1; next < blocks.length; next += 1) {
      const candidate = blocks[next];
      if (candidate.type === "heading" || candidate.type === "thematicBreak") break;
      body.push(candidate);
    }
    if (body.length === 0 || body.some((node) => node.type === "list" || node.type === "table")) continue;
    const url = body.flatMap((node) => linksInBlock(node))[0];
    if (!url || body[0]?.type !== "paragraph") continue;
    const last = body.at(-1);
    drafts.push({
      start: { name: heading.text, url, description: foldWhitespace(body.map((node) => plainText(node)).join(" ")) },
      shape: "heading",
      span: { line: heading.line, column: heading.column, endLine: spanOf(last).endLine, endColumn: spanOf(last).endColumn },
      extraText: []
    });
  }
}
function linksWithin(links, span) {
  let low = 0;
  let high = links.length;
  while (low < high) {
    const middle = low + high >> 1;
    const ref = links[middle];
    if (ref.line < span.line || ref.line === span.line && ref.column < span.column) low = middle + 1;
    else high = middle;
  }
  const inside = [];
  for (let index = low; index < links.length; index += 1) {
    const ref = links[index];
    if (ref.line > span.endLine || ref.line === span.endLine && ref.column >= span.endColumn) break;
    if (ref.endLine < span.endLine || ref.endLine === span.endLine && ref.endColumn <= span.endColumn) inside.push(ref);
  }
  return inside;
}
function pathAbove(heading) {
  let path3 = pathsAbove.get(heading);
  if (!path3) pathsAbove.set(heading, path3 = heading.path.slice(0, -1));
  return path3;
}
var pathsAbove = /* @__PURE__ */ new WeakMap();
function finish(draft, context) {
  const { span } = draft;
  const within = linksWithin(context.links, span);
  const inside = draft.ownLinks ? [] : within.filter((ref) => ref.kind !== "image" && !ref.url.startsWith("#"));
  const links = draft.ownLinks ?? inside.map((ref) => ({
    url: ref.url,
    kind: ref.kind === "bare" ? "bare" : "link",
    line: ref.line,
    column: ref.column,
    endLine: ref.endLine,
    endColumn: ref.endColumn
  }));
  const heading = context.headings[headingIndexAt(context.headings, span.line)];
  const section = (draft.shape === "heading" && heading?.line === span.line ? pathAbove(heading) : heading?.path) ?? [];
  const description = draft.start.description;
  const fieldTexts = [...draft.extraText, description];
  const images = within.filter((ref) => ref.kind === "image" || ref.kind === "html").map((ref) => ref.url);
  const named = within.filter((ref) => ref.kind === "link" && !ref.url.startsWith("#"));
  const paper = draft.shape === "list-item" && named.length > 0 && isPaperItem(named.map((ref) => ref.text));
  const allText = fieldTexts.join("\n");
  const noLink = links.length === 0 && draft.sharedLink === void 0 ? reasonForNoLink(allText) : null;
  return {
    name: draft.start.name,
    url: draft.start.url,
    links,
    description,
    section,
    ...span,
    counts: draft.counts && draft.counts.length > 0 ? draft.counts : extractCounts(description),
    ...entryAccess(fieldTexts, draft.start.url, draft.start.name, context.knowledge),
    license: extractLicense(allText, images),
    shape: draft.shape,
    kind: paper ? "resource" : entryKind(section),
    hasMarkdownLink: links.some((link) => link.kind === "link"),
    ...draft.parent === void 0 ? {} : { parent: draft.parent },
    ...draft.sharedLink === void 0 || links.length > 0 ? {} : { sharedLink: draft.sharedLink },
    ...noLink === null ? {} : { noLink }
  };
}

// src/extract/line-index.ts
var LineIndex = class {
  starts = [0];
  constructor(source) {
    for (let index = 0; index < source.length; index += 1) {
      const code = source.charCodeAt(index);
      if (code === 10 || code === 13 && source.charCodeAt(index + 1) !== 10) this.starts.push(index + 1);
    }
  }
  /** Where a 1-based line starts, or undefined past the last line. */
  lineStart(line) {
    return this.starts[line - 1];
  }
  /** The offset of a 1-based line and column (a column past the line's end is clamped to it). */
  offset(line, column) {
    const start = this.starts[Math.min(Math.max(line, 1), this.starts.length) - 1];
    const at = start + Math.max(column, 1) - 1;
    const next = this.starts[line];
    return next === void 0 ? at : Math.min(at, next - 1);
  }
  point(offset) {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = low + high + 1 >> 1;
      if (this.starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - this.starts[low] + 1 };
  }
};

// src/extract/index.ts
function extractDocument(file, source, tree, options = {}) {
  const nonEntry = /* @__PURE__ */ new Set([...BUILT_IN_NON_ENTRY_SECTIONS, ...(options.ignoreSections ?? []).map(normaliseHeading)]);
  const headings = collectHeadings(tree, nonEntry);
  const lines = new LineIndex(source);
  const links = collectLinks(tree, source, lines);
  const toc = findToc(tree, links);
  const entries = extractEntries(tree, { source, lines, headings, links, knowledge: options.knowledge ?? builtInKnowledge });
  countEntries(headings, entries);
  return { file, source, tree, headings, entries, links, toc, lines };
}
function findToc(tree, links) {
  const list = tree.children.find((node) => node.type === "list" && isNavigation(node));
  if (!list) return null;
  const span = spanOf(list);
  const inside = links.filter((ref) => ref.line >= span.line && ref.endLine <= span.endLine);
  for (const ref of inside) ref.inToc = true;
  return { line: span.line, endLine: span.endLine, links: inside };
}
function countEntries(headings, entries) {
  const parents = parentIndexes(headings);
  for (const entry of entries) {
    const index = headingIndexAt(headings, entry.line);
    const heading = headings[index];
    const owner = entry.shape === "heading" && heading?.line === entry.line ? headings[parents[index] ?? -1] : heading;
    if (owner) owner.entryCount += 1;
  }
}
function parentIndexes(headings) {
  const parents = [];
  const stack = [];
  headings.forEach((heading, index) => {
    while (stack.length > 0 && headings[stack.at(-1)].depth >= heading.depth) stack.pop();
    parents.push(stack.at(-1) ?? -1);
    stack.push(index);
  });
  return parents;
}

// src/linter/directives.ts
var DIRECTIVE = /^\s*medlint-(disable-next-line|disable-line|disable|enable)\b([^>]*)$/;
var DirectiveMap = class {
  /** In line order: what the lint thread sends back, to be made a map again here. */
  list;
  #byRule = /* @__PURE__ */ new Map();
  /** From a tree, or from the `list` of a map built elsewhere. */
  constructor(from) {
    this.list = Array.isArray(from) ? from : readDirectives(from);
  }
  isDisabled(ruleId, line) {
    const switches = this.#switchesOf(ruleId);
    if (switches.lines.has(line)) return true;
    const { toggles } = switches;
    let low = 0;
    let high = toggles.length;
    while (low < high) {
      const middle = low + high >>> 1;
      if (toggles[middle].line <= line) low = middle + 1;
      else high = middle;
    }
    return low > 0 && toggles[low - 1].disabled;
  }
  #switchesOf(ruleId) {
    let switches = this.#byRule.get(ruleId);
    if (switches) return switches;
    switches = { toggles: [], lines: /* @__PURE__ */ new Set() };
    for (const directive of this.list) {
      if (directive.ruleIds.length > 0 && !directive.ruleIds.includes(ruleId)) continue;
      if (directive.kind === "disable-next-line") switches.lines.add(directive.endLine + 1);
      else if (directive.kind === "disable-line") for (let at = directive.line; at <= directive.endLine; at += 1) switches.lines.add(at);
      else switches.toggles.push({ line: directive.line, disabled: directive.kind === "disable" });
    }
    this.#byRule.set(ruleId, switches);
    return switches;
  }
};
function readDirectives(tree) {
  const directives = [];
  for (const node of descendants(tree)) {
    if (node.type !== "html" || !node.position || !node.value.includes("medlint-")) continue;
    let counted = 0;
    let line = node.position.start.line;
    for (const comment of htmlComments(node.value)) {
      if (!comment.closed) break;
      const match = DIRECTIVE.exec(comment.body);
      if (!match) continue;
      line += countNewlines(node.value, counted, comment.start);
      counted = comment.start;
      const endLine = line + countNewlines(comment.body);
      const ruleIds = (match[2] ?? "").split(/[\s,]+/).filter((id) => id !== "");
      directives.push({ kind: match[1], ruleIds, line, endLine });
    }
  }
  return directives.sort((a, b) => a.line - b.line);
}

// src/linter/report.ts
function formatMessage(template, data = {}) {
  return template.replace(
    /\{\{\s*([\w-]+)\s*\}\}/g,
    (whole, key) => Object.hasOwn(data, key) ? String(data[key]) : whole
  );
}
function stampReport(meta, report, file, config, directives, lines) {
  const level = config.rules.get(meta.id)?.level ?? meta.recommended;
  const severity = severityOf(level);
  if (severity === null || directives.isDisabled(meta.id, report.line)) return null;
  const template = meta.messages[report.messageId];
  if (template === void 0) throw new Error(`Rule ${meta.id} reported unknown messageId ${report.messageId}`);
  const diagnostic = {
    file,
    ruleId: meta.id,
    messageId: report.messageId,
    severity,
    message: formatMessage(template, report.data),
    line: report.line,
    column: report.column,
    endLine: report.endLine,
    endColumn: report.endColumn,
    url: ruleDocsUrl(meta.id)
  };
  if (report.actual !== void 0) diagnostic.actual = report.actual;
  if (report.expected !== void 0) diagnostic.expected = report.expected;
  if (report.note !== void 0) diagnostic.note = report.note;
  if (lines && report.fix && report.fix.length > 0) {
    if (!meta.fixable) throw new Error(`Rule ${meta.id} reported a fix without meta.fixable`);
    diagnostic.fix = { edits: stampEdits(report.fix, lines) };
  }
  if (lines && report.suggestions && report.suggestions.length > 0) {
    if (!meta.hasSuggestions) throw new Error(`Rule ${meta.id} reported suggestions without meta.hasSuggestions`);
    diagnostic.suggestions = report.suggestions.map(({ description, edits }) => ({ description, edits: stampEdits(edits, lines) }));
  }
  return diagnostic;
}
function stampEdits(edits, lines) {
  return [...edits].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]).map(({ range, text }) => {
    const start = lines.point(range[0]);
    const end = lines.point(range[1]);
    return { range: [range[0], range[1]], text, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  });
}

// src/linter/run-rules.ts
function runRules(document, rules, config, directives, localTarget, record = () => void 0) {
  const diagnostics = [];
  for (const rule of rules) {
    const setting = config.rules.get(rule.meta.id);
    const level = setting?.level ?? rule.meta.recommended;
    if (level === "off") continue;
    const context = {
      options: { ...rule.meta.defaultOptions, ...setting?.options },
      localTarget,
      record,
      report(report) {
        const line = report.line ?? 1;
        const column = report.column ?? 1;
        const stamped = stampReport(
          rule.meta,
          {
            ...report,
            line,
            column,
            endLine: report.endLine ?? line,
            endColumn: report.endColumn ?? column
          },
          document.file,
          config,
          directives,
          // Record rules see a document without its line index (it stays on the lint thread): no fixes there.
          "lines" in document ? document.lines : void 0
        );
        if (stamped) diagnostics.push(stamped);
      }
    };
    rule.check(document, context);
  }
  return diagnostics;
}

// src/pipeline/local-targets.ts
import { lstat, readlink, realpath } from "node:fs/promises";
import path from "node:path";
var MAX_SYMLINK_HOPS = 40;
var CONCURRENT_LOOK_UPS = 8;
var MARKDOWN = /* @__PURE__ */ new Set([".md", ".markdown", ".mdown", ".mkdn", ".mkd"]);
var HTML = /* @__PURE__ */ new Set([".html", ".htm", ".xhtml"]);
async function lookUpLocalTargets(links, scope) {
  const byPath = /* @__PURE__ */ new Map();
  for (const url of new Set(links.map((link) => link.url))) {
    const form = classifyUrl(url);
    if (form.kind !== "relative" || form.path === "") continue;
    const target = path.resolve(scope.directory, form.path);
    const group = byPath.get(target) ?? { urls: [], wantsAnchors: false };
    group.urls.push(url);
    if (fragmentOfUrl(url) && !url.includes("?")) group.wantsAnchors = true;
    byPath.set(target, group);
  }
  const results = /* @__PURE__ */ new Map();
  if (byPath.size === 0 || !isInside(path.resolve(scope.root), scope.directory)) return results;
  let root;
  try {
    root = await realpath(scope.root);
  } catch {
    return results;
  }
  const targets = [...byPath.entries()];
  const limit = pLimit(CONCURRENT_LOOK_UPS);
  const written = path.resolve(scope.root);
  const seen = /* @__PURE__ */ new Map();
  const found = await Promise.all(targets.map(([target]) => limit(() => locate(target, written, root, seen))));
  let budget = limitOf(scope.maxFileSize);
  const reads = targets.map(([, group], index) => {
    const target = found[index];
    if (!group.wantsAnchors || target === void 0 || typeof target === "string" || !target.isFile) return null;
    const extension = path.extname(target.path).toLowerCase();
    if (!MARKDOWN.has(extension) && !HTML.has(extension) || target.size > budget) return null;
    if (isInGitDirectory(path.relative(root, target.path))) return null;
    budget -= target.size;
    return limit(() => anchorsOnce(target, extension, root));
  });
  const anchors = await Promise.all(reads);
  targets.forEach(([, group], index) => {
    const target = found[index];
    if (target === void 0) return;
    const result = typeof target === "string" ? { kind: target } : { kind: "found", anchors: anchors[index] ?? null };
    for (const url of group.urls) results.set(url, result);
  });
  return results;
}
async function locate(target, writtenRoot, root, seen) {
  if (!isInside(writtenRoot, target)) return "outside";
  const real = await realPathInside(root, path.join(root, path.relative(writtenRoot, target)), seen);
  return real === "unknown" ? void 0 : real;
}
var anchorCache = /* @__PURE__ */ new Map();
var ANCHOR_CACHE_BYTES = 64 * 1024 * 1024;
var anchorCacheBytes = 0;
async function anchorsOnce(target, extension, root) {
  let modified = 0;
  try {
    modified = (await lstat(target.path)).mtimeMs;
  } catch {
    return null;
  }
  const key = `${target.path}\0${target.size}\0${modified}`;
  const cached = anchorCache.get(key);
  if (cached) return cached.anchors;
  const anchors = readAnchors(target.path, target.size, extension, root);
  anchorCache.set(key, { bytes: target.size, anchors });
  anchorCacheBytes += target.size;
  for (const [oldest, entry] of anchorCache) {
    if (anchorCacheBytes <= ANCHOR_CACHE_BYTES || oldest === key) break;
    anchorCache.delete(oldest);
    anchorCacheBytes -= entry.bytes;
  }
  return anchors;
}
async function readAnchors(file, size, extension, root) {
  const text = await readBounded(file, size);
  if (text === null) return null;
  if (HTML.has(extension)) return htmlFileAnchors(text);
  try {
    return markdownAnchors(parseMarkdown(text, path.relative(root, file)));
  } catch {
    return null;
  }
}
async function lookAt(next) {
  try {
    const info = await lstat(next);
    return { isFile: info.isFile(), size: info.size, link: info.isSymbolicLink() ? await readlink(next) : null };
  } catch (error) {
    return { error: error.code };
  }
}
async function realPathInside(root, target, seen) {
  let pending = path.relative(root, target).split(path.sep).filter((part) => part !== "");
  let current = root;
  let isFile = false;
  let size = 0;
  let hops = 0;
  while (pending.length > 0) {
    const [name, ...rest] = pending;
    pending = rest;
    const next = path.join(current, name);
    let known = seen.get(next);
    if (!known) seen.set(next, known = lookAt(next));
    const info = await known;
    if ("error" in info) return info.error === "ENOENT" || info.error === "ENOTDIR" ? "missing" : "unknown";
    ({ isFile, size } = info);
    const link = info.link;
    if (link === null) {
      current = next;
      continue;
    }
    hops += 1;
    if (hops > MAX_SYMLINK_HOPS) return "missing";
    const resolved = path.resolve(current, link);
    if (!isInside(root, resolved)) return "outside";
    pending = [...path.relative(root, resolved).split(path.sep).filter((part) => part !== ""), ...pending];
    current = root;
  }
  return { path: current, isFile, size };
}
async function readBounded(file, maxBytes) {
  try {
    return (await readRegularFile(file, file, { maxBytes, whatToDo: "" })).toString("utf8");
  } catch {
    return null;
  }
}
function limitOf(maxFileSize) {
  return Number.isFinite(maxFileSize) ? maxFileSize : DEFAULT_MAX_FILE_SIZE;
}

// src/pipeline/lint-source.ts
async function loadHtmlParserFor(source) {
  if (needsHtmlParser(source)) useHtmlParser(await import("./dist-KW33TP7I.js"));
}
function analyse(file, source, tree, config) {
  const knowledge = config.access ? knowledgeFor(config.access) : builtInKnowledge;
  const document = extractDocument(file, source, tree, { ignoreSections: config.ignoreSections, knowledge });
  return { document, directives: new DirectiveMap(tree) };
}
function knowledgeFor(access) {
  let knowledge = knowledgeByConfig.get(access);
  if (!knowledge) knowledgeByConfig.set(access, knowledge = compileKnowledge(access));
  return knowledge;
}
var knowledgeByConfig = /* @__PURE__ */ new WeakMap();
async function lintTree(input, tree, config, cwd) {
  await loadHtmlParserFor(input.source);
  const { document, directives } = analyse(input.file, input.source, tree, config);
  const scope = { directory: path2.dirname(input.absolute), root: cwd, maxFileSize: config.maxFileSize };
  const targets = await lookUpLocalTargets(document.links, scope);
  const diagnostics = runRules(document, treeRules, config, directives, (url) => targets.get(url));
  const title = document.headings.find((heading) => heading.depth === 1)?.text;
  return { document: { file: document.file, entries: document.entries, links: document.links, ...title ? { title } : {} }, directives, diagnostics };
}
function runRecordRules(item, config, record = () => void 0) {
  return runRules(item.document, recordRules, config, item.directives, () => void 0, record);
}

export {
  stampReport,
  stampEdits,
  LineIndex,
  DirectiveMap,
  loadHtmlParserFor,
  analyse,
  lintTree,
  runRecordRules
};
