/** Where rule docs live; the one place that builds a rule's `url`. */
export const REPOSITORY_URL = 'https://github.com/medlint/medlint';

export function ruleDocsUrl(ruleId: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${ruleId}.md`;
}
