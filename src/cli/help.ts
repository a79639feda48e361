// `riskcase --help`.
export function helpText(regimes: readonly string[]): string {
  return `riskcase — RAPEX risk assessment, notification classification and deadlines

Usage: riskcase <command> [options]

  assess FILE [--regime ID] [--json]     risk of each scenario and of the product, with sensitivity
  classify FILE [--regime ID] [--json]   notification type of a case, with the reasons
  deadlines FILE [--regime ID] [--json]  due dates of the case's pending actions
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

FILE is a JSON document, or a JSON array of documents (a batch: the results are printed as a JSON
array, in order), or - for standard input. DIR is a regime folder or a folder of regime folders
(default: the built-in rules/). Regimes: ${regimes.join(', ')} (default: rapex-2010).

Exit status: 0 ok; 1 rule errors or failed examples (rules check / rules test), or a rule set that
does not check clean; 2 bad input (malformed JSON, unknown field values, impossible dates, unknown
regime, a malformed alert file) — the message names the field, line or row, and nothing is printed
on standard output.
`;
}
