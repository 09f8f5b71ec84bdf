import { createRequire as __medlintCreateRequire } from 'node:module';
const require = __medlintCreateRequire(import.meta.url);

// src/results/registry-record.ts
var REGISTRY_NAMES = ["physionet", "zenodo", "huggingface", "github"];
var REGISTRY_TITLES = {
  physionet: "PhysioNet",
  zenodo: "Zenodo",
  huggingface: "Hugging Face",
  github: "GitHub"
};
var ACCESS_LEVELS = { open: true, registration: true, application: true, credentialed: true, restricted: true };
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function isRegistryRecord(value) {
  if (!isObject(value)) return false;
  const { registry, url, access, licenses, newer, archived } = value;
  return typeof registry === "string" && REGISTRY_NAMES.includes(registry) && typeof url === "string" && (access === null || isObject(access) && typeof access.level === "string" && Object.hasOwn(ACCESS_LEVELS, access.level) && typeof access.terms === "string") && Array.isArray(licenses) && licenses.every((licence) => typeof licence === "string") && (newer === null || isObject(newer) && typeof newer.linked === "string" && typeof newer.newest === "string" && typeof newer.url === "string") && (archived === null || typeof archived === "boolean");
}

export {
  REGISTRY_NAMES,
  REGISTRY_TITLES,
  isRegistryRecord
};
