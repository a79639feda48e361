// Deterministic generated case files for benchmarks and load tests: varied products, countries,
// risk levels, notifications, reactions and dated measures/events so that deadlines apply.
import { emptyCase, emptyNotification, emptyReaction } from '../src/domain/case/empty';
import type { CaseFile, Classification, NotificationStatus, ReactionKind } from '../src/domain/case/types';
import { CalendarDate } from '../src/domain/calendar-date';
import { rng } from './rng';

const BRANDS = ['Hotpot', 'Kinderfreude', 'Électro-Sûr', 'Nordlys', 'Bügelmeister', 'Casa Bella', 'Zabawa', 'Lumière', 'Sørensen', 'TechnoMax', 'Óptima', 'Kraków Toys'];
const PRODUCTS: [string, string][] = [
  ['Travel kettle', 'electrical appliances'],
  ['Plush teddy bear', 'toys'],
  ['Socket protector', 'childcare articles'],
  ['Folding chair', 'furniture'],
  ['Hair dryer', 'electrical appliances'],
  ['Children’s hoodie with cords', 'clothing'],
  ['Glow slime', 'toys'],
  ['LED string lights', 'lighting equipment'],
  ['Bicycle helmet', 'protective equipment'],
  ['Bügeleisen', 'electrical appliances'],
  ['Poupée à cheveux longs', 'toys'],
  ['Phone charger', 'electrical appliances'],
];
const COUNTRIES = ['DE', 'FR', 'AT', 'PL', 'IT', 'ES', 'NL', 'NO', 'IS', 'SE'];
const LEVELS = ['serious', 'high', 'medium', 'low'];
const CLASSES: Classification[] = ['article-12-emergency', 'article-12', 'for-information', 'article-11'];
const STATUSES: NotificationStatus[] = ['draft', 'contact-point-check', 'submitted', 'under-examination', 'validated', 'updated', 'measures-to-confirm'];
const KINDS: ReactionKind[] = ['product-found', 'different-risk-assessment', 'additional-information'];

/** `count` case files, the same for the same seed; dates fall in the weeks before `around`. */
export function generateCases(count: number, options: { seed?: number; around?: string } = {}): CaseFile[] {
  const r = rng(options.seed ?? 42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const base = CalendarDate.parse(options.around ?? '2026-03-15')!;
  const date = (spread: number) => base.addDays(-Math.floor(r() * spread)).toString();
  const out: CaseFile[] = [];
  for (let i = 0; i < count; i++) {
    const [name, category] = pick(PRODUCTS);
    const country = pick(COUNTRIES);
    const c = emptyCase({ id: `gen-${i}`, created: date(120), regimeId: 'rapex-2010', country, authority: `Authority ${country}` });
    const brand = pick(BRANDS);
    c.title = `${brand} ${name}`;
    c.product = {
      ...c.product,
      name,
      brand,
      category,
      model: `${brand.slice(0, 2).toUpperCase()}-${100 + Math.floor(r() * 900)}`,
      barcode: String(4000000000000 + Math.floor(r() * 999999999999)),
      batch: `B${i}`,
    };
    c.traceability.origin = pick(['CN', 'TR', 'IN', 'DE', 'VN']);
    c.criteria.crossBorder = r() < 0.7;
    const level = pick(LEVELS);
    c.risk.assessments = [{ assessmentId: `a-${i}`, level, lifeThreatening: level === 'serious' && r() < 0.4, fatalAccidents: false, hazard: 'electric-shock', summary: '', regimeId: 'rapex-2010', ruleSetVersion: '', computedOn: c.created }];
    if (r() < 0.8) {
      c.measures = [{ id: `m-${i}`, type: r() < 0.7 ? 'obligatory' : 'voluntary', takenBy: { kind: 'authority', name: c.authority }, category: pick(['recall', 'withdrawal', 'marketing-ban']), adopted: date(30), entryIntoForce: null, duration: 'permanent', until: null, scope: 'national', description: '' }];
    }
    const roll = r();
    if (roll < 0.6) {
      const n = emptyNotification({ notifyingCountry: country });
      n.status = pick(STATUSES);
      n.chosen = pick(CLASSES);
      if (n.status !== 'draft' && n.status !== 'contact-point-check') {
        n.submitted = date(20);
        n.number = `A12/${String(i).padStart(4, '0')}/26`;
      }
      if (n.status === 'validated') n.validatedAs = n.chosen;
      c.notification = n;
    } else if (roll < 0.85) {
      c.followUp = { number: `A12/${String(9000 + (i % 999)).padStart(4, '0')}/26`, notifyingCountry: pick(COUNTRIES), classification: pick(['article-12-emergency', 'article-12'] as const), productName: name, received: date(25) };
      const kind = pick(KINDS);
      const re = emptyReaction({ id: `r-${i}`, kind, notificationNumber: c.followUp.number, notifyingCountry: c.followUp.notifyingCountry, reactingCountry: country, notifiedProductName: name, notificationClassification: c.followUp.classification });
      re.productAsFound = { name, brand, model: c.product.model, batch: '', barcode: c.product.barcode };
      c.reactions = [re];
      c.events = [{ id: `e-${i}`, kind: 'product-found', date: date(10), note: '' }];
    }
    out.push(c);
  }
  return out;
}
