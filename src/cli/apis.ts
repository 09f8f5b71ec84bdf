/**
 * Where the registries' APIs are: `--api name=url` (repeatable) over `MEDLINT_API_<NAME>` over
 * the defaults; `GITHUB_API_URL` for GitHub, as in the Action. Never from a config file: a pull
 * request controls the config, and an API it moved could collect a token.
 */
import { MedlintError } from '../diagnostics/medlint-error.js';
import type { LinkCheckOptions, RegistryApis } from '../links/types.js';
import { REGISTRY_NAMES, type RegistryName } from '../results/registry-record.js';

type Source = { value: string; where: string; code: 'usage' | 'config-invalid' };

function checkedUrl({ value, where, code }: Source): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new MedlintError(code, `${where} expects an http(s) URL such as https://zenodo.org, got ${JSON.stringify(value)}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new MedlintError(code, `${where} expects an http(s) URL such as https://zenodo.org, got ${JSON.stringify(value)}`);
  }
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') {
    throw new MedlintError(code, `${where} expects a base URL without credentials, query or fragment, got ${JSON.stringify(value)}`);
  }
  return url.href.replace(/\/$/, '');
}

/** `--api` values and the environment → the link options that name API base URLs. */
export function apiOverrides(flags: readonly string[], env: NodeJS.ProcessEnv): Pick<Partial<LinkCheckOptions>, 'apis' | 'githubApiUrl'> {
  const chosen = new Map<RegistryName, Source>();
  for (const name of REGISTRY_NAMES) {
    const variable = name === 'github' ? 'GITHUB_API_URL' : `MEDLINT_API_${name.toUpperCase()}`;
    const value = env[variable];
    // The environment is not a usage error: its own message, exit 2 all the same.
    if (value) chosen.set(name, { value, where: variable, code: 'usage' });
  }
  for (const flag of flags) {
    const match = /^([a-z]+)=(.+)$/.exec(flag.trim());
    const name = match?.[1] as RegistryName | undefined;
    if (!match || name === undefined || !(REGISTRY_NAMES as readonly string[]).includes(name)) {
      throw new MedlintError('usage', `--api expects name=url with a name of ${REGISTRY_NAMES.join(', ')}, got ${JSON.stringify(flag)}`);
    }
    chosen.set(name, { value: match[2] as string, where: `--api ${name}`, code: 'usage' });
  }
  const apis: Partial<RegistryApis> = {};
  const out: Pick<Partial<LinkCheckOptions>, 'apis' | 'githubApiUrl'> = {};
  for (const [name, source] of chosen) {
    const url = checkedUrl(source);
    if (name === 'github') out.githubApiUrl = url;
    else apis[name] = url;
  }
  if (Object.keys(apis).length > 0) out.apis = apis as RegistryApis;
  return out;
}
