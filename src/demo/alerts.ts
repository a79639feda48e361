// Demonstration Safety Gate alerts: two weekly reports in the published XML format, read on first
// run through the same reader as an imported file. Alert numbers, firms and products are invented;
// the socket protectors share the bar code of the demo case (src/demo/cases.ts), so the case's
// "already notified?" check finds Sweden's alert.
const nil = (k: string) => `<${k} xsi:nil="true"/>`;
const el = (k: string, v: string | null) => (v === null ? nil(k) : `<${k}><![CDATA[${v}]]></${k}>`);

type DemoAlert = Record<string, string | null>;

function report(date: string, year: number, week: number, alerts: DemoAlert[]): string {
  const items = alerts.map((a) => `<notifications>${Object.entries(a).map(([k, v]) => el(k, v)).join('')}</notifications>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Safety-Gate xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n<report_date>${date}</report_date>\n<report_year>${year}</report_year>\n<report_week>${week}</report_week>\n${items}\n</Safety-Gate>\n`;
}

const base = (a: DemoAlert): DemoAlert => ({ reference: null, URLrecall: null, pictures: null, onlineTrader: null, companyRecallCode: null, productionDates: null, batchNumber: null, barcode: null, type: 'Consumer', level: 'Serious risk', ...a });

export const DEMO_REPORTS: { file: string; xml: string }[] = [
  {
    file: 'demo-weekly-report-2026-W47.xml',
    xml: report('20/11/2026', 2026, 47, [
      base({ caseNumber: 'A12/90001/26', category: 'Toys', product: 'Slime', brand: 'Glitterz', name: 'Glow slime', type_numberOfModel: 'GS-50', riskType: 'Chemical', danger: 'The slime contains boron above the limit (up to 1 200 mg/kg); it may harm reproduction.', measures: 'Withdrawal of the product from the market', description: 'Green slime in a round plastic jar of 150 g.', notifyingCountry: 'France', countryOfOrigin: 'China' }),
      base({ caseNumber: 'A12/90002/26', category: 'Electrical appliances and equipment', product: 'Charger', brand: 'Voltix', name: 'USB fast charger', type_numberOfModel: 'VX-20', barcode: '5901234123457', riskType: 'Electric shock', danger: 'Insufficient clearance between the mains and the USB side; the user may get an electric shock.', measures: 'Recall of the product from end users', description: 'White plug-in charger with two USB ports.', notifyingCountry: 'Poland', countryOfOrigin: 'China' }),
    ]),
  },
  {
    file: 'demo-weekly-report-2026-W48.xml',
    xml: report('27/11/2026', 2026, 48, [
      base({ caseNumber: 'A12/90010/26', category: 'Childcare articles and children’s equipment', product: 'Socket protectors', brand: 'SafeHome', name: 'Socket protectors', type_numberOfModel: 'SP 12', batchNumber: 'L2025-11', barcode: '4006381 333931', riskType: 'Electric shock', danger: 'The covers come out with the plug; a child can reach live parts.', measures: 'Withdrawal of the product from the market; Recall of the product from end users', description: 'White plastic covers for wall sockets, pack of 12.', notifyingCountry: 'Sweden', countryOfOrigin: 'China' }),
      base({ caseNumber: 'A12/90011/26', category: 'Toys', product: 'Doll', brand: 'Zabawa', name: 'Lalka Zuzia', type_numberOfModel: 'ZB-7', riskType: 'Chemical', danger: 'The soft plastic of the arms contains DEHP (up to 12 % by weight).', measures: 'Ban on the marketing of the product', description: 'Doll with long hair in a pink box.', notifyingCountry: 'Czechia', countryOfOrigin: 'Unknown' }),
      base({ caseNumber: 'A12/90012/26', category: 'Protective equipment', product: 'Bicycle helmet', brand: 'Nordlys', name: 'Kids’ bicycle helmet Comet', type_numberOfModel: 'BH-3', barcode: '7071234567893', riskType: 'Injuries', danger: 'The helmet does not absorb enough energy in an impact.', measures: 'Recall of the product from end users', description: 'Blue and white helmet for children, size S.', notifyingCountry: 'Norway', countryOfOrigin: 'China' }),
      base({ caseNumber: 'A12/90013/26', category: 'Clothing, textiles and fashion items', product: 'Hoodie', brand: 'FunKids', name: 'Children’s hoodie with drawstring', type_numberOfModel: null, riskType: 'Strangulation', danger: 'The hood has a drawstring; a child may be strangled.', measures: 'Withdrawal of the product from the market', description: 'Grey cotton hoodie, sizes 104-140.', notifyingCountry: 'Germany', countryOfOrigin: 'Türkiye' }),
    ]),
  },
];
