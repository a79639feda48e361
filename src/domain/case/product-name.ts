// One product name, shown everywhere: lists, headings, the deadlines page, the printable form and
// the public area name a case by its product (brand and name), never by a separately kept title
// that could go stale.
import type { CaseFile, ProductIdentification, RiskAssessmentRef } from './types';

/** "SafeHome Socket protectors"; the brand is not repeated when the name starts with it. */
export function productTitle(p: Pick<ProductIdentification, 'brand' | 'name'>): string {
  const name = p.name.trim();
  const brand = p.brand.trim();
  if (!brand) return name;
  return name.toLowerCase().startsWith(brand.toLowerCase()) ? name : `${brand} ${name}`.trim();
}

/**
 * Attaches an assessment made in the workbench and makes it decisive. A case without a product
 * name takes the assessment's; a name already entered is never overwritten.
 */
export function attachAssessment(c: CaseFile, ref: RiskAssessmentRef, productName: string): CaseFile {
  return {
    ...c,
    product: { ...c.product, name: c.product.name.trim() ? c.product.name : productName },
    risk: {
      ...c.risk,
      hazard: c.risk.hazard || ref.hazard,
      assessments: [...c.risk.assessments.filter((x) => x.assessmentId !== ref.assessmentId), ref],
      decisiveAssessmentId: ref.assessmentId,
    },
  };
}
