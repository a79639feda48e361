/** 'rules/rapex-2010/risk.rules' → 'risk.rules' */
export function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
