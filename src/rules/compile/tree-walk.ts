// The decision tree (decision-tree.ts) as a small program for the fastest path (`decideValue`):
// per node one operation with its operands in flat arrays, walked by one loop that reads the
// facts' flat field array directly. The usual tests run inside the loop — a boolean field, a
// field equal (or not) to a constant or one of several, present or absent, and "any item of a
// list whose field equals / is one of …" over the list's column (facts.ts columnOf); the rest
// (comparisons, other item tests, lists without a column) call the decision's field tester
// (atoms.ts), which decides the same. Only for trees made of field tests alone: a closure atom
// needs an evaluation context, which this path never makes.

import type { RValue } from '../api';
import { type FieldTest, Test } from './atoms';
import type { DecisionTree } from './decision-tree';

const Op = { IsTrue: 0, Equal: 1, NotEqual: 2, Present: 3, Absent: 4, OneOf: 5, AnyEqual: 6, AnyOneOf: 7, Other: 8 } as const;
type Op = (typeof Op)[keyof typeof Op];

/** The op of a test of the field itself; the rest go to the field tester. */
const FIELD_OPS: ReadonlyMap<Test, Op> = new Map<Test, Op>([
  [Test.IsTrue, Op.IsTrue],
  [Test.Equal, Op.Equal],
  [Test.NotEqual, Op.NotEqual],
  [Test.Present, Op.Present],
  [Test.Absent, Op.Absent],
  [Test.OneOf, Op.OneOf],
]);

function opOf(t: FieldTest): Op {
  // `no m in … where …` is exactly `not any …`: the same op, its branches swapped (below).
  if (t.items) return !t.items.column ? Op.Other : t.test === Test.Equal ? Op.AnyEqual : t.test === Test.OneOf ? Op.AnyOneOf : Op.Other;
  return FIELD_OPS.get(t.test) ?? Op.Other;
}

/** A walker giving the leaf a facts root's flat field array (as bindFacts makes it) leads to. */
export function treeWalker(tree: DecisionTree, tests: readonly FieldTest[], test: (a: number, flat: readonly RValue[]) => boolean): (flat: readonly RValue[]) => number {
  const { start, atom } = tree;
  const op = Int32Array.from(atom, (a) => opOf(tests[a]));
  const swap = (k: number) => tests[atom[k]].items?.any === false && op[k] !== Op.Other;
  const yes = Int32Array.from(tree.yes, (next, k) => (swap(k) ? tree.no[k] : next));
  const no = Int32Array.from(tree.no, (next, k) => (swap(k) ? tree.yes[k] : next));
  // The field tester answers for the test itself (`no …` included): undo the swap for it.
  const swapped = Array.from(atom, (_, k) => swap(k));
  // The field read: the list's column for list ops, else the field itself.
  const field = Int32Array.from(atom, (a, k) => (op[k] === Op.AnyEqual || op[k] === Op.AnyOneOf ? tests[a].items!.column!.index : tests[a].index));
  const item = Int32Array.from(atom, (a) => tests[a].items?.index ?? 0);
  const stride = Int32Array.from(atom, (a) => tests[a].items?.column?.stride ?? 1);
  // Constants are never absent (enum members, texts, numbers: interned), so `===` alone decides.
  const constant = Array.from(atom, (a) => tests[a].constant);
  const constants = Array.from(atom, (a) => tests[a].constants);
  const oneOf = (cs: readonly RValue[], v: RValue): boolean => {
    for (let i = 0; i < cs.length; i++) if (cs[i] === v) return true;
    return false;
  };
  return function walkTree(flat) {
    let node = start;
    while (node >= 0) {
      const v = flat[field[node]];
      let holds = false;
      switch (op[node]) {
        case Op.IsTrue:
          holds = v === true;
          break;
        case Op.Equal:
          holds = v === constant[node];
          break;
        case Op.NotEqual:
          holds = v !== null && v !== constant[node];
          break;
        case Op.Present:
          holds = v !== null;
          break;
        case Op.Absent:
          holds = v === null;
          break;
        case Op.OneOf:
          holds = v !== null && oneOf(constants[node], v);
          break;
        case Op.AnyEqual: {
          // Facts bound by another rule set may lack the column: the field tester reads the items.
          if (!Array.isArray(v)) {
            holds = test(atom[node], flat) !== swapped[node];
            break;
          }
          const col = v as readonly RValue[];
          const c = constant[node];
          for (let i = item[node], step = stride[node]; i < col.length && !holds; i += step) holds = col[i] === c;
          break;
        }
        case Op.AnyOneOf: {
          if (!Array.isArray(v)) {
            holds = test(atom[node], flat) !== swapped[node];
            break;
          }
          const col = v as readonly RValue[];
          const cs = constants[node];
          for (let i = item[node], step = stride[node]; i < col.length && !holds; i += step) holds = col[i] !== null && oneOf(cs, col[i]);
          break;
        }
        default:
          holds = test(atom[node], flat);
      }
      node = holds ? yes[node] : no[node];
    }
    return ~node;
  };
}
