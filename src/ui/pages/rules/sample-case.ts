// The case document the "Evaluate a sample case" panel starts with (interchange format v1, as in
// DESIGN.md). It is sample input, not law: the rules decide what it means.
export const SAMPLE_CASE = {
  product: { name: 'Folding chair', brand: 'Example', model: 'FC-1', category: 'furniture', consumerProduct: true, excludedRegime: null },
  risk: { level: 'serious', lifeThreatening: true, fatalAccidents: false },
  crossBorder: true,
  ofInterestToOtherStates: false,
  underEeaDiscussion: false,
  criteriaUncertain: false,
  generallyApplicableMeasure: false,
  measures: [{ type: 'obligatory', category: 'recall', adopted: '2026-03-27', scope: 'national', duration: 'permanent' }],
  informationReceived: null,
  notification: { type: null, submitted: null, received: null },
  events: [],
};

export const SAMPLE_CASE_TEXT = JSON.stringify(SAMPLE_CASE, null, 2);
