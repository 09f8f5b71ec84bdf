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

export {
  REGISTRY_NAMES,
  REGISTRY_TITLES
};
