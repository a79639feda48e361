// `riskcase --help`.
export function helpText(regimes: readonly string[]): string {
  return `riskcase — RAPEX risk assessment, notification classification and deadlines

Usage: riskcase <command> [options]

  assess FILE [--regime ID | --rules DIR] [--json]     risk of each scenario and of the product, with sensitivity
                                         (by the regime's own method: rapex-2004 gives the probability
                                         class and the judged risk, pending without a judgement)
  classify FILE [--regime ID | --rules DIR] [--json]   notification type of a case, with the reasons
  deadlines FILE [--regime ID | --rules DIR] [--json]  due dates of the case's pending actions
  rules check [DIR]                      diagnostics as file:line:col: message
  rules test [DIR]                       runs the examples in the rule files; ends "N passed, N failed"
  alerts import FILE [--json]            Safety Gate alerts of a weekly report (.xml) or Excel export
                                         (.xlsx), normalised, with their count and any problems
                                         (- reads a weekly report from standard input)
  stats FILE... --by FIELD [--from DATE] [--to DATE] [--json]
                                         counts over alert files and case documents by a field
                                         (category, riskType, notifyingCountry, countryOfOrigin,
                                         notificationType, measureType, riskLevel, week, month;
                                         alert files: any of their fields)
  server start [--host H] [--port N] [--no-demo]   an authority's server with the app (PGlite in
                                         data/pglite, or the PostgreSQL named by DATABASE_URL)
  server migrate                         runs the database migrations
  server add-user --authority ID --email E --name NAME --roles ROLE[,ROLE...]
                                         adds a person (password: RISKCASE_PASSWORD or standard input)
  server add-authority --id ID --name NAME --kind member-state|commission [--country CC]

FILE is a JSON document, or a JSON array of documents (a batch: the results are printed as a JSON
array, in order), or - for standard input; a file exported from the app (case or assessment) is
read too, its checksum verified. A document may name its regime ("regime"). For rules check and
rules test, DIR is a regime folder or a folder of regime folders (default: the built-in rules/);
--rules DIR decides by one regime folder, e.g. an edited copy of rules/rapex-2010.
Regimes: ${regimes.join(', ')} (default: rapex-2010). --regime in-force decides each document
under the regime in force on its own date: a case's first measure's adoption ("adopted"), else
the day it was opened ("opened"); an assessment's "date". Fields the format does not know are named in
a warning on standard error; the answer is printed all the same.

Exit status: 0 ok; 1 rule errors or failed examples (rules check / rules test), or a rule set that
does not check clean (--rules DIR); 2 bad input (malformed JSON, text that is not UTF-8, a missing
product or risk, unknown field values, impossible dates, unknown regime, a file or batch over its
limit, a malformed alert file) — the message names the field, line or row (the first 100
problems, then their count), and nothing is printed on standard output.
`;
}
