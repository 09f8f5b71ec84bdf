import { createRequire as __medlintCreateRequire } from 'node:module';
const require = __medlintCreateRequire(import.meta.url);
import {
  terminalSafe
} from "./chunk-RGOUWCB5.js";
import {
  sortDiagnostics
} from "./chunk-PVOXQZMJ.js";
import {
  __commonJS,
  __toESM
} from "./chunk-6MCAB35I.js";

// node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "node_modules/picocolors/picocolors.js"(exports, module) {
    var p = process || {};
    var argv = p.argv || [];
    var env = p.env || {};
    var isColorSupported = !(!!env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || (p.stdout || {}).isTTY && env.TERM !== "dumb" || !!env.CI);
    var formatter = (open, close, replace = open) => (input) => {
      let string = "" + input, index = string.indexOf(close, open.length);
      return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close;
    };
    var replaceClose = (string, close, replace, index) => {
      let result = "", cursor = 0;
      do {
        result += string.substring(cursor, index) + replace;
        cursor = index + close.length;
        index = string.indexOf(close, cursor);
      } while (~index);
      return result + string.substring(cursor);
    };
    var createColors2 = (enabled = isColorSupported) => {
      let f = enabled ? formatter : () => String;
      return {
        isColorSupported: enabled,
        reset: f("\x1B[0m", "\x1B[0m"),
        bold: f("\x1B[1m", "\x1B[22m", "\x1B[22m\x1B[1m"),
        dim: f("\x1B[2m", "\x1B[22m", "\x1B[22m\x1B[2m"),
        italic: f("\x1B[3m", "\x1B[23m"),
        underline: f("\x1B[4m", "\x1B[24m"),
        inverse: f("\x1B[7m", "\x1B[27m"),
        hidden: f("\x1B[8m", "\x1B[28m"),
        strikethrough: f("\x1B[9m", "\x1B[29m"),
        black: f("\x1B[30m", "\x1B[39m"),
        red: f("\x1B[31m", "\x1B[39m"),
        green: f("\x1B[32m", "\x1B[39m"),
        yellow: f("\x1B[33m", "\x1B[39m"),
        blue: f("\x1B[34m", "\x1B[39m"),
        magenta: f("\x1B[35m", "\x1B[39m"),
        cyan: f("\x1B[36m", "\x1B[39m"),
        white: f("\x1B[37m", "\x1B[39m"),
        gray: f("\x1B[90m", "\x1B[39m"),
        bgBlack: f("\x1B[40m", "\x1B[49m"),
        bgRed: f("\x1B[41m", "\x1B[49m"),
        bgGreen: f("\x1B[42m", "\x1B[49m"),
        bgYellow: f("\x1B[43m", "\x1B[49m"),
        bgBlue: f("\x1B[44m", "\x1B[49m"),
        bgMagenta: f("\x1B[45m", "\x1B[49m"),
        bgCyan: f("\x1B[46m", "\x1B[49m"),
        bgWhite: f("\x1B[47m", "\x1B[49m"),
        blackBright: f("\x1B[90m", "\x1B[39m"),
        redBright: f("\x1B[91m", "\x1B[39m"),
        greenBright: f("\x1B[92m", "\x1B[39m"),
        yellowBright: f("\x1B[93m", "\x1B[39m"),
        blueBright: f("\x1B[94m", "\x1B[39m"),
        magentaBright: f("\x1B[95m", "\x1B[39m"),
        cyanBright: f("\x1B[96m", "\x1B[39m"),
        whiteBright: f("\x1B[97m", "\x1B[39m"),
        bgBlackBright: f("\x1B[100m", "\x1B[49m"),
        bgRedBright: f("\x1B[101m", "\x1B[49m"),
        bgGreenBright: f("\x1B[102m", "\x1B[49m"),
        bgYellowBright: f("\x1B[103m", "\x1B[49m"),
        bgBlueBright: f("\x1B[104m", "\x1B[49m"),
        bgMagentaBright: f("\x1B[105m", "\x1B[49m"),
        bgCyanBright: f("\x1B[106m", "\x1B[49m"),
        bgWhiteBright: f("\x1B[107m", "\x1B[49m")
      };
    };
    module.exports = createColors2();
    module.exports.createColors = createColors2;
  }
});

// src/reporters/stylish.ts
var import_picocolors = __toESM(require_picocolors(), 1);
var MAX_MESSAGE_WIDTH = 100;
function columnWidths(rows) {
  const widths = [0, 0, 0, 0];
  for (const row of rows) {
    for (const column of [0, 1, 2, 3]) widths[column] = Math.max(widths[column], row[column].length);
  }
  return widths;
}
function stylish(results, options) {
  const c = (0, import_picocolors.createColors)(options.color);
  const lines = [];
  let errors = 0;
  let warnings = 0;
  for (const result of [...results].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0)) {
    errors += result.errorCount;
    warnings += result.warningCount;
    if (result.diagnostics.length === 0) continue;
    const diagnostics = sortDiagnostics(result.diagnostics);
    const rows = diagnostics.map((d) => [`${d.line}:${d.column}`, d.severity === "error" ? "error" : "warning", terminalSafe(d.message), d.fix ? `${d.ruleId} (fixable)` : d.ruleId]);
    const [placeWidth, severityWidth, longestMessage, ruleWidth] = columnWidths(rows);
    const room = (options.width ?? MAX_MESSAGE_WIDTH) - (2 + placeWidth + 2 + severityWidth + 2 + 2 + ruleWidth);
    const messageWidth = Math.min(longestMessage, Math.max(room, 0));
    lines.push(c.underline(terminalSafe(result.file)));
    rows.forEach(([place, severity, message, rule], index) => {
      const paintedSeverity = severity === "error" ? c.red(severity.padEnd(severityWidth)) : c.yellow(severity.padEnd(severityWidth));
      lines.push(`  ${c.dim(place.padStart(placeWidth))}  ${paintedSeverity}  ${message.padEnd(messageWidth)}  ${c.dim(rule)}`);
      const note = diagnostics[index]?.note;
      if (note) lines.push(`${" ".repeat(2 + placeWidth + 2 + severityWidth + 2)}${c.dim(`note: ${terminalSafe(note)}`)}`);
    });
    lines.push("");
  }
  const entries = results.reduce((sum, result) => sum + result.entryCount, 0);
  const files = `${results.length} ${results.length === 1 ? "file" : "files"}, ${entries} ${entries === 1 ? "entry" : "entries"}`;
  const total = errors + warnings;
  if (total === 0) {
    lines.push(c.green(`\u2714 No problems (${files})`));
  } else {
    const summary = `\u2716 ${total} ${total === 1 ? "problem" : "problems"} (${errors} ${errors === 1 ? "error" : "errors"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"}) in ${files}`;
    lines.push(errors > 0 ? c.red(c.bold(summary)) : c.yellow(c.bold(summary)));
    const fixable = results.flatMap((result) => result.diagnostics.filter((d) => d.fix));
    const fixableErrors = fixable.filter((d) => d.severity === "error").length;
    const fixableWarnings = fixable.length - fixableErrors;
    if (fixable.length > 0) {
      const line = `  ${fixableErrors} ${fixableErrors === 1 ? "error" : "errors"} and ${fixableWarnings} ${fixableWarnings === 1 ? "warning" : "warnings"} potentially fixable with the \`--fix\` option.`;
      lines.push(errors > 0 ? c.red(c.bold(line)) : c.yellow(c.bold(line)));
    }
  }
  return `${lines.join("\n")}
`;
}
export {
  stylish
};
