// The Content Security Policy, written once and delivered twice: as a <meta http-equiv> in the
// built index.html (works on any static host) and as a response header from `vite preview`
// (which can also forbid framing: `frame-ancestors` is ignored, with a console error, in a meta).
//
// Scripts: 'self' only — no 'unsafe-inline', no 'unsafe-eval' (the rules engine never evaluates
// text as code); this is what stops injected script. Styles: 'self' plus 'unsafe-inline', a
// deliberate choice: CodeMirror (style-mod) mounts its theme as a <style> element in the document,
// rewritten as editor extensions load, so neither hashes nor a nonce fit; a nonce on a static host
// would be the same for every response and protect nothing. Injected CSS cannot run script, and it
// cannot send data away: img-src, font-src and connect-src allow this origin only.
const directives: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data: blob:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'worker-src': "'self'",
  'manifest-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
};

function serialise(d: Record<string, string>): string {
  return Object.entries(d)
    .map(([k, v]) => `${k} ${v}`)
    .join('; ');
}

/** For the <meta http-equiv="Content-Security-Policy"> of index.html. */
export const CSP_META = serialise(directives);

/** For the Content-Security-Policy response header (adds what a meta element cannot carry). */
export const CSP_HEADER = serialise({ ...directives, 'frame-ancestors': "'none'" });
