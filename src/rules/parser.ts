// The grammar of the rules language as a Chevrotain CST parser (one instance per process).
// Newlines are not tokens: table bodies are grouped into lines later, in cst-to-ast.ts.
import '../polyfills';
import { CstParser, type AtLeastOneSepMethodOpts, type CstNode, type IOrAlt, type IToken } from 'chevrotain';
import {
  allTokens, Arrow, Backslash, Colon, Comma, Dash, DateLit, Dot, DotDot, Equals, Gt, GtEq, IntegerLit,
  KW, LangCode, LBrace, LBracket, LParen, Lt, LtEq, Name, NumberLit, RBrace, RBracket, RParen, Star,
  StringLit, Word,
} from './lexer';
import { syntaxMessages } from './syntax-messages';

// Alternatives are built by these helpers so that each closure stays anonymous: under tsx
// (esbuild keepNames) a closure stored in a property is renamed on every rule call, tripling parse time.
function alt(f: () => unknown): IOrAlt<unknown> {
  return { ALT: f };
}
function sep(f: () => void): AtLeastOneSepMethodOpts<unknown> {
  return { SEP: Comma, DEF: f };
}

export class StepBudgetExceeded extends Error {
  constructor() {
    super('the parser gave up on this declaration');
  }
}

class RulesParser extends CstParser {
  constructor() {
    super(allTokens, {
      // Off by default in Chevrotain's source: without it one mistake loses the rest of the file.
      recoveryEnabled: true,
      maxLookahead: 3,
      nodeLocationTracking: 'full',
      errorMessageProvider: syntaxMessages,
    });
    this.performSelfAnalysis();
    this.installStepBudget();
  }

  /** Rule invocations left for the current input; see parseTokens. */
  private stepsLeft = Infinity;

  setStepBudget(steps: number): void {
    this.stepsLeft = steps;
  }

  // A guard against error recovery going round in circles: every rule call costs one step.
  // `ruleInvocationStateUpdate` is Chevrotain's per-rule-call hook (not in its public types).
  // Its three arguments are passed on as they are: a rest-array here would be one allocation per
  // rule call, about ten per token.
  private installStepBudget(): void {
    type Update = (shortName: unknown, fullName: unknown, idxInCallingRule: unknown) => void;
    const self = this as unknown as { ruleInvocationStateUpdate: Update };
    const original = self.ruleInvocationStateUpdate;
    self.ruleInvocationStateUpdate = (shortName, fullName, idxInCallingRule) => {
      if (--this.stepsLeft < 0) throw new StepBudgetExceeded();
      original.call(this, shortName, fullName, idxInCallingRule);
    };
  }

  public file = this.RULE('file', () => {
    this.MANY(() => this.SUBRULE(this.declaration));
  });

  public declaration = this.RULE('declaration', () => {
    this.OR([
      alt(() => this.SUBRULE(this.regimeDecl)),
      alt(() => this.SUBRULE(this.importDecl)),
      alt(() => this.SUBRULE(this.enumDecl)),
      alt(() => this.SUBRULE(this.recordDecl)),
      alt(() => this.SUBRULE(this.factsDecl)),
      alt(() => this.SUBRULE(this.bandsDecl)),
      alt(() => this.SUBRULE(this.tableDecl)),
      alt(() => this.SUBRULE(this.conditionDecl)),
      alt(() => this.SUBRULE(this.valueDecl)),
      alt(() => this.SUBRULE(this.decisionDecl)),
      alt(() => this.SUBRULE(this.calendarDecl)),
      alt(() => this.SUBRULE(this.deadlineDecl)),
      alt(() => this.SUBRULE(this.exampleDecl)),
    ]);
  });

  // ---- clauses shared by declarations ----

  private labelClause = this.RULE('labelClause', () => {
    this.CONSUME(KW.label);
    this.CONSUME(StringLit);
    this.MANY(() => {
      this.CONSUME(LangCode);
      this.CONSUME2(StringLit);
    });
  });

  private descriptionClause = this.RULE('descriptionClause', () => {
    this.CONSUME(KW.description);
    this.CONSUME(StringLit);
    this.MANY(() => {
      this.CONSUME(LangCode);
      this.CONSUME2(StringLit);
    });
  });

  private citesClause = this.RULE('citesClause', () => {
    this.CONSUME(KW.cites);
    this.CONSUME(StringLit);
  });

  /** `label …`, `description …` or `cites …`, in any order. */
  private clause = this.RULE('clause', () => {
    this.OR([
      alt(() => this.SUBRULE(this.labelClause)),
      alt(() => this.SUBRULE(this.descriptionClause)),
      alt(() => this.SUBRULE(this.citesClause)),
    ]);
  });

  // ---- declarations ----

  private regimeDecl = this.RULE('regimeDecl', () => {
    this.CONSUME(KW.regime);
    this.CONSUME(StringLit);
    this.MANY(() => {
      this.OR([
        alt(() => this.SUBRULE(this.titleClause)),
        alt(() => this.SUBRULE(this.sourceClause)),
        alt(() => this.SUBRULE(this.effectiveClause)),
        alt(() => this.SUBRULE(this.methodClause)),
        alt(() => this.SUBRULE(this.clause)),
      ]);
    });
  });

  private methodClause = this.RULE('methodClause', () => {
    this.CONSUME(KW.method);
    this.CONSUME(StringLit);
  });

  private titleClause = this.RULE('titleClause', () => {
    this.CONSUME(KW.title);
    this.CONSUME(StringLit);
  });

  private sourceClause = this.RULE('sourceClause', () => {
    this.CONSUME(KW.source);
    this.CONSUME(StringLit);
  });

  private effectiveClause = this.RULE('effectiveClause', () => {
    this.CONSUME(KW.effective);
    this.OR([
      alt(() => this.CONSUME(KW.from)),
      alt(() => this.CONSUME(KW.to)),
    ]);
    this.CONSUME(DateLit);
  });

  private importDecl = this.RULE('importDecl', () => {
    this.CONSUME(KW.import);
    this.AT_LEAST_ONE_SEP(sep(() => this.CONSUME(Name)));
    this.CONSUME(KW.from);
    this.CONSUME(StringLit);
    this.MANY(() => this.SUBRULE(this.clause));
  });

  private enumDecl = this.RULE('enumDecl', () => {
    this.CONSUME(KW.enum);
    this.CONSUME(Name);
    this.MANY(() => {
      this.OR([
        alt(() => this.CONSUME(KW.ordered)),
        alt(() => this.SUBRULE(this.clause)),
      ]);
    });
    this.MANY2(() => this.SUBRULE(this.enumMember));
  });

  private enumMember = this.RULE('enumMember', () => {
    this.OR([
      alt(() => this.CONSUME(Name)),
      alt(() => this.CONSUME(IntegerLit)),
      // `none` is a keyword, yet notificationType has a member `none` (DESIGN.md).
      alt(() => this.CONSUME(KW.none)),
    ]);
    this.MANY(() => this.SUBRULE(this.clause));
  });

  private recordDecl = this.RULE('recordDecl', () => {
    this.CONSUME(KW.record);
    this.CONSUME(Name);
    this.MANY(() => this.SUBRULE(this.clause));
    this.MANY2(() => this.SUBRULE(this.fieldDecl));
  });

  private factsDecl = this.RULE('factsDecl', () => {
    this.CONSUME(KW.facts);
    this.CONSUME(Name);
    this.MANY(() => this.SUBRULE(this.clause));
    this.MANY2(() => this.SUBRULE(this.fieldDecl));
  });

  private fieldDecl = this.RULE('fieldDecl', () => {
    this.SUBRULE(this.dottedName);
    this.CONSUME(Colon);
    this.SUBRULE(this.typeRef);
    this.MANY(() => this.SUBRULE(this.clause));
  });

  /** `product.consumerProduct`: a name, then any words (keywords too) after dots. */
  private dottedName = this.RULE('dottedName', () => {
    this.CONSUME(Name);
    this.MANY(() => {
      this.CONSUME(Dot);
      this.CONSUME(Word);
    });
  });

  private typeRef = this.RULE('typeRef', () => {
    this.OR([
      alt(() => { this.CONSUME(KW.optional); this.SUBRULE(this.typeRef); }),
      alt(() => { this.CONSUME(KW.list); this.CONSUME(KW.of); this.SUBRULE2(this.typeRef); }),
      alt(() => this.CONSUME(Name)),
    ]);
  });

  private bandsDecl = this.RULE('bandsDecl', () => {
    this.CONSUME(KW.bands);
    this.CONSUME(Name);
    this.CONSUME(KW.over);
    this.SUBRULE(this.typeRef);
    this.MANY(() => this.SUBRULE(this.clause));
    this.MANY2(() => this.SUBRULE(this.bandRow));
  });

  private bandRow = this.RULE('bandRow', () => {
    this.CONSUME(IntegerLit);
    this.MANY(() => this.SUBRULE(this.clause));
    this.SUBRULE(this.bandBound);
  });

  private bandBound = this.RULE('bandBound', () => {
    this.OR([
      alt(() => { this.CONSUME(KW.above); this.CONSUME(NumberLit); }),
      alt(() => this.CONSUME(KW.otherwise)),
    ]);
  });

  private tableDecl = this.RULE('tableDecl', () => {
    this.CONSUME(KW.table);
    this.CONSUME(Name);
    this.CONSUME(LParen);
    this.AT_LEAST_ONE_SEP(sep(() => this.SUBRULE(this.tableParam)));
    this.CONSUME(RParen);
    this.CONSUME(Arrow);
    this.SUBRULE(this.typeRef);
    this.MANY(() => {
      this.OR([
        alt(() => this.SUBRULE(this.hitClause)),
        alt(() => this.SUBRULE(this.clause)),
      ]);
    });
    this.SUBRULE(this.tableBody);
  });

  private tableParam = this.RULE('tableParam', () => {
    this.CONSUME(Name);
    this.CONSUME(Colon);
    this.SUBRULE(this.typeRef);
  });

  private hitClause = this.RULE('hitClause', () => {
    this.CONSUME(KW.hit);
    this.OR([
      alt(() => this.CONSUME(KW.unique)),
      alt(() => this.CONSUME(KW.first)),
    ]);
  });

  private tableBody = this.RULE('tableBody', () => {
    this.OR([
      alt(() => this.SUBRULE(this.matrixBody)),
      alt(() => this.SUBRULE(this.rowsBody)),
    ]);
  });

  /** `matrix band \ severity` then cells; lines are recovered from token positions. */
  private matrixBody = this.RULE('matrixBody', () => {
    this.CONSUME(KW.matrix);
    this.CONSUME(Name);
    this.CONSUME(Backslash);
    this.CONSUME2(Name);
    this.MANY(() => this.SUBRULE(this.cellValue));
  });

  private rowsBody = this.RULE('rowsBody', () => {
    this.CONSUME(KW.rows);
    this.MANY(() => this.SUBRULE(this.tableRow));
  });

  private tableRow = this.RULE('tableRow', () => {
    this.AT_LEAST_ONE(() => this.SUBRULE(this.inputEntry));
    this.CONSUME(Arrow);
    this.SUBRULE(this.expr);
    this.MANY(() => this.SUBRULE(this.clause));
  });

  private inputEntry = this.RULE('inputEntry', () => {
    this.OR([
      alt(() => this.CONSUME(Dash)),
      alt(() => {
        this.SUBRULE(this.cellValue);
        this.OPTION(() => {
          this.OR2([
            alt(() => { this.CONSUME(DotDot); this.SUBRULE2(this.cellValue); }),
            alt(() => this.AT_LEAST_ONE(() => { this.CONSUME(Comma); this.SUBRULE3(this.cellValue); })),
          ]);
        });
      }),
    ]);
  });

  /** A value written in a table cell: a name or path, a number, date, text, true/false or none. */
  private cellValue = this.RULE('cellValue', () => {
    this.OR([
      alt(() => this.SUBRULE(this.dottedName)),
      alt(() => this.SUBRULE(this.literal)),
    ]);
  });

  private conditionDecl = this.RULE('conditionDecl', () => {
    this.CONSUME(KW.condition);
    this.CONSUME(Name);
    this.MANY(() => this.SUBRULE(this.clause));
    this.CONSUME(Equals);
    this.SUBRULE(this.expr);
    this.MANY2(() => this.SUBRULE2(this.clause));
  });

  private valueDecl = this.RULE('valueDecl', () => {
    this.CONSUME(KW.value);
    this.CONSUME(Name);
    this.OPTION(() => {
      this.CONSUME(Colon);
      this.SUBRULE(this.typeRef);
    });
    this.MANY(() => this.SUBRULE(this.clause));
    this.CONSUME(Equals);
    this.SUBRULE(this.expr);
    this.MANY2(() => this.SUBRULE2(this.clause));
  });

  private decisionDecl = this.RULE('decisionDecl', () => {
    this.CONSUME(KW.decision);
    this.CONSUME(Name);
    this.CONSUME(Colon);
    this.SUBRULE(this.typeRef);
    this.OPTION(() => {
      this.CONSUME(KW.with);
      this.AT_LEAST_ONE_SEP(sep(() => this.SUBRULE(this.tableParam)));
    });
    this.MANY(() => this.SUBRULE(this.clause));
    this.MANY2(() => {
      this.OR([
        alt(() => this.SUBRULE(this.decisionOtherwise)),
        alt(() => this.SUBRULE(this.decisionRule)),
      ]);
    });
  });

  private decisionOtherwise = this.RULE('decisionOtherwise', () => {
    this.CONSUME(KW.otherwise);
    this.SUBRULE(this.expr);
    this.MANY(() => this.SUBRULE(this.clause));
  });

  private decisionRule = this.RULE('decisionRule', () => {
    this.CONSUME(KW.rule);
    this.CONSUME(Name);
    this.SUBRULE(this.ruleValue);
    this.MANY(() => this.SUBRULE(this.ruleField));
    this.MANY2(() => this.SUBRULE(this.clause));
    this.CONSUME(KW.when);
    this.SUBRULE(this.expr);
    this.MANY3(() => {
      this.OR([
        alt(() => this.SUBRULE(this.overridesClause)),
        alt(() => this.SUBRULE2(this.clause)),
      ]);
    });
  });

  /** The value a decision rule gives (its own rule, for a message naming it). */
  private ruleValue = this.RULE('ruleValue', () => {
    this.SUBRULE(this.expr);
  });

  private ruleField = this.RULE('ruleField', () => {
    this.CONSUME(KW.with);
    this.CONSUME(Name);
    this.SUBRULE(this.expr);
  });

  private overridesClause = this.RULE('overridesClause', () => {
    this.CONSUME(KW.overrides);
    this.AT_LEAST_ONE_SEP(sep(() => this.CONSUME(Name)));
  });

  private calendarDecl = this.RULE('calendarDecl', () => {
    this.CONSUME(KW.calendar);
    this.CONSUME(Name);
    // `calendar norway for "NO"`: the public holidays of one State (ISO 3166 alpha-2).
    this.OPTION(() => {
      this.CONSUME(KW.for);
      this.CONSUME(StringLit);
    });
    this.MANY(() => this.SUBRULE(this.clause));
    this.MANY2(() => {
      this.OR([
        alt(() => this.SUBRULE(this.weekendClause)),
        alt(() => this.SUBRULE(this.holidayClause)),
      ]);
    });
  });

  private weekendClause = this.RULE('weekendClause', () => {
    this.CONSUME(KW.weekend);
    this.AT_LEAST_ONE(() => this.CONSUME(Name));
  });

  private holidayClause = this.RULE('holidayClause', () => {
    this.CONSUME(KW.holiday);
    this.CONSUME(DateLit);
    this.OPTION(() => this.CONSUME(StringLit));
  });

  private deadlineDecl = this.RULE('deadlineDecl', () => {
    this.CONSUME(KW.deadline);
    this.CONSUME(Name);
    this.MANY(() => this.SUBRULE(this.clause));
    this.MANY2(() => this.SUBRULE(this.deadlineRule));
  });

  private deadlineRule = this.RULE('deadlineRule', () => {
    this.CONSUME(KW.rule);
    this.CONSUME(Name);
    this.MANY(() => this.SUBRULE(this.clause));
    this.CONSUME(KW.when);
    this.SUBRULE(this.expr);
    this.CONSUME(KW.due);
    this.CONSUME(NumberLit);
    this.SUBRULE(this.dayUnit);
    this.CONSUME(KW.days);
    this.CONSUME(KW.after);
    this.SUBRULE2(this.expr);
    this.OPTION(() => {
      this.CONSUME(KW.using);
      this.CONSUME2(Name);
      // `using memberState for case.notifyingCountry`: that State's calendar when one is declared.
      this.OPTION2(() => {
        this.CONSUME(KW.for);
        this.SUBRULE3(this.expr);
      });
    });
    this.MANY2(() => this.SUBRULE2(this.clause));
  });

  private dayUnit = this.RULE('dayUnit', () => {
    this.OR([
      alt(() => this.CONSUME(KW.calendar)),
      alt(() => this.CONSUME(KW.working)),
    ]);
  });

  private exampleDecl = this.RULE('exampleDecl', () => {
    this.CONSUME(KW.example);
    this.CONSUME(StringLit);
    this.MANY(() => {
      this.OR([
        alt(() => this.SUBRULE(this.givenBlock)),
        alt(() => this.SUBRULE(this.expectClause)),
        alt(() => this.SUBRULE(this.clause)),
      ]);
    });
  });

  private givenBlock = this.RULE('givenBlock', () => {
    this.CONSUME(KW.given);
    this.CONSUME(Name);
    this.MANY(() => this.SUBRULE(this.givenBinding));
  });

  private givenBinding = this.RULE('givenBinding', () => {
    this.SUBRULE(this.dottedName);
    this.CONSUME(Equals);
    this.SUBRULE(this.expr);
  });

  private expectClause = this.RULE('expectClause', () => {
    this.CONSUME(KW.expect);
    this.SUBRULE(this.expr);
  });

  // ---- expressions, loosest first ----

  public expr = this.RULE('expr', () => {
    this.SUBRULE(this.orExpr);
    this.MANY(() => {
      this.CONSUME(KW.otherwise);
      this.SUBRULE2(this.orExpr);
    });
  });

  private orExpr = this.RULE('orExpr', () => {
    this.SUBRULE(this.andExpr);
    this.MANY(() => {
      this.CONSUME(KW.or);
      this.SUBRULE2(this.andExpr);
    });
  });

  private andExpr = this.RULE('andExpr', () => {
    this.SUBRULE(this.notExpr);
    this.MANY(() => {
      this.CONSUME(KW.and);
      this.SUBRULE2(this.notExpr);
    });
  });

  private notExpr = this.RULE('notExpr', () => {
    this.OR([
      alt(() => { this.CONSUME(KW.not); this.SUBRULE(this.notExpr); }),
      alt(() => this.SUBRULE(this.isExpr)),
    ]);
  });

  private isExpr = this.RULE('isExpr', () => {
    this.SUBRULE(this.mulExpr);
    this.OPTION(() => {
      this.OR([
        alt(() => { this.CONSUME(KW.is); this.SUBRULE(this.isTest); }),
        alt(() => { this.SUBRULE(this.compareOp); this.SUBRULE2(this.mulExpr); }),
      ]);
    });
  });

  private isTest = this.RULE('isTest', () => {
    this.OPTION(() => this.CONSUME(KW.not));
    this.OR([
      alt(() => this.CONSUME(KW.present)),
      alt(() => this.CONSUME(KW.absent)),
      alt(() => {
        this.CONSUME(KW.one);
        this.CONSUME(KW.of);
        this.CONSUME(LParen);
        this.AT_LEAST_ONE_SEP(sep(() => this.SUBRULE(this.expr)));
        this.CONSUME(RParen);
      }),
      alt(() => this.SUBRULE(this.mulExpr)),
    ]);
  });

  private compareOp = this.RULE('compareOp', () => {
    this.OR([
      alt(() => this.CONSUME(LtEq)),
      alt(() => this.CONSUME(GtEq)),
      alt(() => this.CONSUME(Lt)),
      alt(() => this.CONSUME(Gt)),
      alt(() => this.CONSUME(Equals)),
    ]);
  });

  private mulExpr = this.RULE('mulExpr', () => {
    this.SUBRULE(this.atom);
    this.MANY(() => {
      this.CONSUME(Star);
      this.SUBRULE2(this.atom);
    });
  });

  private atom = this.RULE('atom', () => {
    this.OR([
      alt(() => this.SUBRULE(this.literal)),
      alt(() => this.SUBRULE(this.pathOrCall)),
      alt(() => this.SUBRULE(this.parenExpr)),
      alt(() => this.SUBRULE(this.quantifier)),
      alt(() => this.SUBRULE(this.aggregate)),
      alt(() => this.SUBRULE(this.countExpr)),
      alt(() => this.SUBRULE(this.deadlineRef)),
      alt(() => this.SUBRULE(this.listLiteral)),
      alt(() => this.SUBRULE(this.recordLiteral)),
    ]);
  });

  private literal = this.RULE('literal', () => {
    this.OR([
      alt(() => this.CONSUME(NumberLit)),
      alt(() => this.CONSUME(DateLit)),
      alt(() => this.CONSUME(StringLit)),
      alt(() => this.CONSUME(KW.true)),
      alt(() => this.CONSUME(KW.false)),
      alt(() => this.CONSUME(KW.none)),
    ]);
  });

  private pathOrCall = this.RULE('pathOrCall', () => {
    this.CONSUME(Name);
    this.OR([
      alt(() => {
        this.CONSUME(LParen);
        this.MANY_SEP(sep(() => this.SUBRULE(this.expr)));
        this.CONSUME(RParen);
      }),
      alt(() => this.MANY(() => {
        this.CONSUME(Dot);
        this.CONSUME(Word);
      })),
    ]);
  });

  private parenExpr = this.RULE('parenExpr', () => {
    this.CONSUME(LParen);
    this.SUBRULE(this.expr);
    this.CONSUME(RParen);
  });

  /** `any m in LIST where COND`, `no m in LIST where COND` */
  private quantifier = this.RULE('quantifier', () => {
    this.OR([
      alt(() => this.CONSUME(KW.any)),
      alt(() => this.CONSUME(KW.no)),
    ]);
    this.CONSUME(Name);
    this.CONSUME(KW.in);
    this.SUBRULE(this.mulExpr);
    this.CONSUME(KW.where);
    this.SUBRULE(this.orExpr);
  });

  /** `earliest EXPR for m in LIST [where COND]`, `latest …` */
  private aggregate = this.RULE('aggregate', () => {
    this.OR([
      alt(() => this.CONSUME(KW.earliest)),
      alt(() => this.CONSUME(KW.latest)),
    ]);
    this.SUBRULE(this.expr);
    this.CONSUME(KW.for);
    this.CONSUME(Name);
    this.CONSUME(KW.in);
    this.SUBRULE(this.mulExpr);
    this.OPTION(() => {
      this.CONSUME(KW.where);
      this.SUBRULE(this.orExpr);
    });
  });

  /** `count m in LIST [where COND]` */
  private countExpr = this.RULE('countExpr', () => {
    this.CONSUME(KW.count);
    this.CONSUME(Name);
    this.CONSUME(KW.in);
    this.SUBRULE(this.mulExpr);
    this.OPTION(() => {
      this.CONSUME(KW.where);
      this.SUBRULE(this.orExpr);
    });
  });

  private deadlineRef = this.RULE('deadlineRef', () => {
    this.CONSUME(KW.deadline);
    this.CONSUME(Name);
  });

  private listLiteral = this.RULE('listLiteral', () => {
    this.CONSUME(LBracket);
    this.MANY_SEP(sep(() => this.SUBRULE(this.expr)));
    this.CONSUME(RBracket);
  });

  private recordLiteral = this.RULE('recordLiteral', () => {
    this.CONSUME(LBrace);
    this.MANY_SEP(sep(() => this.SUBRULE(this.recordField)));
    this.CONSUME(RBrace);
  });

  private recordField = this.RULE('recordField', () => {
    this.CONSUME(Name);
    this.CONSUME(Equals);
    this.SUBRULE(this.expr);
  });
}

let instance: RulesParser | undefined;

/** The shared parser: building it (self-analysis) costs ~20 ms, so it is built once, lazily. */
export function rulesParser(): RulesParser {
  instance ??= new RulesParser();
  return instance;
}

export type { RulesParser };

/**
 * Parse one declaration's tokens: the CST and Chevrotain's errors (messages from
 * syntax-messages.ts), or `cst: null` when recovery went round in circles.
 */
export function parseTokens(tokens: IToken[]): { cst: CstNode | null; errors: RulesParser['errors'] } {
  const parser = rulesParser();
  parser.input = tokens;
  // A clean parse takes about ten rule calls per token; recovery may take a few times more.
  parser.setStepBudget(200 * tokens.length + 2_000);
  // Recovery throws and catches exceptions as it goes; their stack traces are never read and
  // capturing them was the largest cost of parsing a broken file.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    const cst = parser.file();
    return { cst, errors: parser.errors };
  } catch (e) {
    if (e instanceof StepBudgetExceeded) return { cst: null, errors: parser.errors };
    throw e;
  } finally {
    parser.setStepBudget(Infinity);
    Error.stackTraceLimit = stackTraceLimit;
  }
}
