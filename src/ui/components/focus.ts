// Focus management on route change (WCAG 2.4.3): the new page's main heading, else <main>.
// A page may render its heading a moment after its chunk loads (while its data loads), so we look
// for a few frames before falling back.

const FRAMES = 20;

export function focusMainHeading(): void {
  let tries = 0;
  const attempt = () => {
    const main = document.getElementById('main');
    const heading = main?.querySelector<HTMLElement>('h1');
    if (heading) {
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus();
    } else if (++tries < FRAMES) {
      requestAnimationFrame(attempt);
    } else {
      main?.focus();
    }
  };
  requestAnimationFrame(attempt);
}
