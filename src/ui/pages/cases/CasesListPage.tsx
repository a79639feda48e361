import type { JSX } from 'solid-js';

// Placeholder until this page is built (replaced by its owner).
export default function Page(): JSX.Element {
  return <section class="page"><h1>…</h1></section>;
}
