import { createRequire as __medlintCreateRequire } from 'node:module';
const require = __medlintCreateRequire(import.meta.url);
import {
  MedlintError
} from "./chunk-H6HVNZ66.js";

// src/parse/resolve-files.ts
import { realpath, stat } from "node:fs/promises";
import path from "node:path";
async function resolveFiles(patterns, cwd) {
  const files = [];
  const seen = /* @__PURE__ */ new Set();
  const add = async (file) => {
    const real = await placeInRepository(toPosix(file), path.resolve(cwd, file), cwd);
    if (seen.has(real)) return;
    seen.add(real);
    files.push(toPosix(file));
  };
  for (const pattern of patterns) {
    if (await exists(path.resolve(cwd, pattern))) {
      await add(pattern);
      continue;
    }
    const { glob, isDynamicPattern } = await import("./dist-WLJ5R3PS.js");
    if (!isDynamicPattern(pattern)) {
      await add(pattern);
      continue;
    }
    const matches = await glob(pattern, {
      cwd,
      onlyFiles: true,
      dot: false,
      ignore: ["**/node_modules/**"],
      expandDirectories: false,
      followSymbolicLinks: false
    });
    if (matches.length === 0) throw new MedlintError("no-files-matched", `${pattern}: no files match this pattern`);
    for (const match of matches.sort()) await add(match);
  }
  return files;
}
async function placeInRepository(shown, written, root) {
  const real = await realpathOr(written);
  if (isInGitDirectory(written) || isInGitDirectory(real)) {
    throw new MedlintError("file-in-git-directory", `${shown}: is (or links to) a file under .git/; medlint never reads git's own files`);
  }
  if (isInside(path.resolve(root), written) && !isInside(await realpathOr(path.resolve(root)), real)) {
    throw new MedlintError(
      "file-outside-repository",
      `${shown}: is a symbolic link (or lies under one) to a file outside the repository; medlint reads only files inside it`
    );
  }
  return real;
}
function isInGitDirectory(file) {
  return file.split(/[\\/]/).some((part) => part.toLowerCase() === ".git");
}
async function realpathOr(file) {
  try {
    return await realpath(file);
  } catch {
    const parent = path.dirname(file);
    return parent === file ? file : path.join(await realpathOr(parent), path.basename(file));
  }
}
function isInside(root, file) {
  const relative = path.relative(root, file);
  return relative === "" || !relative.startsWith(`..${path.sep}`) && relative !== ".." && !path.isAbsolute(relative);
}
async function exists(file) {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}
function toPosix(file) {
  return file.split(path.sep).join("/");
}

// src/parse/read-file.ts
import { constants } from "node:fs";
import { open, stat as stat2 } from "node:fs/promises";
import { isUtf8 } from "node:buffer";
async function readSourceText(file, absolutePath, maxFileSize) {
  return decodeSourceText(await readSourceBytes(file, absolutePath, maxFileSize), file);
}
function decodeSourceText(bytes, file) {
  const text = decodeUtf8(bytes, file);
  return { text, bom: bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 };
}
async function readSourceBytes(file, absolutePath, maxFileSize) {
  return readRegularFile(file, absolutePath, { maxBytes: maxFileSize, whatToDo: 'raise "maxFileSize" in the config to lint it' });
}
async function readRegularFile(file, absolutePath, bounds) {
  const { maxBytes, whatToDo, expected } = bounds;
  try {
    checkKind(await stat2(absolutePath), file, expected);
    const handle = await open(absolutePath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      const info = await handle.stat();
      checkKind(info, file, expected);
      if (info.size > maxBytes) throw tooLarge(file, formatBytes(info.size), maxBytes, whatToDo);
      const bytes = await readAtMost(handle, maxBytes + 1);
      if (bytes.length > maxBytes) throw tooLarge(file, `over ${formatBytes(maxBytes)} (its size on disk says ${formatBytes(info.size)})`, maxBytes, whatToDo);
      return bytes;
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw asFileError(error, file);
  }
}
function tooLarge(file, size, maxBytes, whatToDo) {
  return new MedlintError("file-too-large", `${file}: file is ${size}, above the ${formatBytes(maxBytes)} limit; ${whatToDo}`);
}
async function readAtMost(handle, limit) {
  const chunks = [];
  let total = 0;
  while (total < limit) {
    const chunk = Buffer.allocUnsafe(64 * 1024);
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
    if (bytesRead === 0) break;
    chunks.push(chunk.subarray(0, bytesRead));
    total += bytesRead;
  }
  return Buffer.concat(chunks, total);
}
function checkKind(info, file, expected) {
  if (info.isDirectory()) {
    const hint = expected ?? `a Markdown file or a glob such as "${file.replace(/\/$/, "")}/**/*.md"`;
    throw new MedlintError("file-is-directory", `${file}: is a directory; pass ${hint}`);
  }
  if (!info.isFile()) {
    throw new MedlintError("file-unreadable", `${file}: is not a regular file (a pipe, socket or device); pass ${expected ?? "a Markdown file"}`);
  }
}
function decodeUtf8(bytes, file, kind = "Markdown text") {
  if (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255) {
    throw new MedlintError("file-not-utf8", `${file}: is UTF-16 (it starts with a UTF-16 byte order mark); save the file as UTF-8`);
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const { line, byte } = placeOf(bytes, nul);
    throw new MedlintError("file-binary", `${file}: looks binary (NUL byte at line ${line}, byte ${byte}); medlint reads ${kind}`);
  }
  if (!isUtf8(bytes)) {
    const { line, byte } = placeOf(bytes, firstInvalidUtf8(bytes));
    throw new MedlintError("file-not-utf8", `${file}: not valid UTF-8 (line ${line}, byte ${byte}); save the file as UTF-8`);
  }
  const text = bytes.toString("utf8");
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}
function firstInvalidUtf8(bytes) {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index];
    const length = lead < 128 ? 1 : lead >= 194 && lead <= 223 ? 2 : lead >= 224 && lead <= 239 ? 3 : lead >= 240 && lead <= 244 ? 4 : 0;
    if (length === 0 || index + length > bytes.length) return index;
    if (!isUtf8(bytes.subarray(index, index + length))) return index;
    index += length;
  }
  return index;
}
function placeOf(bytes, offset) {
  let line = 1;
  let lineStart = 0;
  for (let index = bytes.indexOf(10); index !== -1 && index < offset; index = bytes.indexOf(10, index + 1)) {
    line += 1;
    lineStart = index + 1;
  }
  return { line, byte: offset - lineStart + 1 };
}
function asFileError(error, file) {
  if (error instanceof MedlintError) return error;
  const code = error.code;
  switch (code) {
    case "ENOENT":
      return new MedlintError("file-not-found", `${file}: no such file`);
    case "EISDIR":
      return new MedlintError("file-is-directory", `${file}: is a directory; pass a Markdown file`);
    case "EACCES":
    case "EPERM":
      return new MedlintError("file-unreadable", `${file}: permission denied`);
    default:
      return new MedlintError("file-unreadable", `${file}: cannot read (${code ?? error.message})`);
  }
}
function formatBytes(bytes) {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} B`;
}

// node_modules/yocto-queue/index.js
var Node = class {
  value;
  next;
  constructor(value) {
    this.value = value;
  }
};
var Queue = class {
  #head;
  #tail;
  #size;
  constructor() {
    this.clear();
  }
  enqueue(value) {
    const node = new Node(value);
    if (this.#head) {
      this.#tail.next = node;
      this.#tail = node;
    } else {
      this.#head = node;
      this.#tail = node;
    }
    this.#size++;
  }
  dequeue() {
    const current = this.#head;
    if (!current) {
      return;
    }
    this.#head = this.#head.next;
    this.#size--;
    if (!this.#head) {
      this.#tail = void 0;
    }
    return current.value;
  }
  peek() {
    if (!this.#head) {
      return;
    }
    return this.#head.value;
  }
  clear() {
    this.#head = void 0;
    this.#tail = void 0;
    this.#size = 0;
  }
  get size() {
    return this.#size;
  }
  *[Symbol.iterator]() {
    let current = this.#head;
    while (current) {
      yield current.value;
      current = current.next;
    }
  }
  *drain() {
    while (this.#head) {
      yield this.dequeue();
    }
  }
};

// node_modules/p-limit/index.js
function pLimit(concurrency) {
  let rejectOnClear = false;
  if (typeof concurrency === "object") {
    ({ concurrency, rejectOnClear = false } = concurrency);
  }
  validateConcurrency(concurrency);
  if (typeof rejectOnClear !== "boolean") {
    throw new TypeError("Expected `rejectOnClear` to be a boolean");
  }
  const queue = new Queue();
  let activeCount = 0;
  const resumeNext = () => {
    if (activeCount < concurrency && queue.size > 0) {
      activeCount++;
      queue.dequeue().run();
    }
  };
  const next = () => {
    activeCount--;
    resumeNext();
  };
  const run = async (function_, resolve, arguments_) => {
    const result = (async () => function_(...arguments_))();
    resolve(result);
    try {
      await result;
    } catch {
    }
    next();
  };
  const enqueue = (function_, resolve, reject, arguments_) => {
    const queueItem = { reject };
    new Promise((internalResolve) => {
      queueItem.run = internalResolve;
      queue.enqueue(queueItem);
    }).then(run.bind(void 0, function_, resolve, arguments_));
    if (activeCount < concurrency) {
      resumeNext();
    }
  };
  const generator = (function_, ...arguments_) => new Promise((resolve, reject) => {
    enqueue(function_, resolve, reject, arguments_);
  });
  Object.defineProperties(generator, {
    activeCount: {
      get: () => activeCount
    },
    pendingCount: {
      get: () => queue.size
    },
    clearQueue: {
      value() {
        if (!rejectOnClear) {
          queue.clear();
          return;
        }
        const abortError = AbortSignal.abort().reason;
        while (queue.size > 0) {
          queue.dequeue().reject(abortError);
        }
      }
    },
    concurrency: {
      get: () => concurrency,
      set(newConcurrency) {
        validateConcurrency(newConcurrency);
        concurrency = newConcurrency;
        queueMicrotask(() => {
          while (activeCount < concurrency && queue.size > 0) {
            resumeNext();
          }
        });
      }
    },
    map: {
      async value(iterable, function_) {
        const promises = [];
        try {
          Array.from(iterable, (value, index) => {
            const promise = generator(function_, value, index);
            promises.push(promise);
            return promise;
          });
        } catch (error) {
          for (const promise of promises) {
            promise.catch(() => {
            });
          }
          throw error;
        }
        return Promise.all(promises);
      }
    }
  });
  return generator;
}
function validateConcurrency(concurrency) {
  if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
    throw new TypeError("Expected `concurrency` to be a number from 1 and up");
  }
}

export {
  readSourceText,
  decodeSourceText,
  readSourceBytes,
  readRegularFile,
  decodeUtf8,
  resolveFiles,
  placeInRepository,
  isInGitDirectory,
  isInside,
  pLimit
};
