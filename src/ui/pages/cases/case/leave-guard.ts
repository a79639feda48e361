// Leaving a case with unsaved changes asks first: closing or reloading the tab (the browser's own
// question), following a link of the app, or going back or forward. The hash router reads the
// address when it changes; for back and forward the address is put back before it reads it, so
// the page stays until the person says to leave.

export interface LeaveGuard {
  /** Leaves for `hash` without asking (after the person said so, or after saving). */
  leave: (hash: string) => void;
  dispose: () => void;
}

export function guardLeaving(unsaved: () => boolean, ask: () => boolean): LeaveGuard {
  let here = location.hash;
  let passing = false;
  const onBeforeUnload = (e: BeforeUnloadEvent) => {
    if (!unsaved()) return;
    e.preventDefault();
    e.returnValue = '';
  };
  const onClick = (e: MouseEvent) => {
    if (passing || !unsaved() || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
    const a = (e.target as Element | null)?.closest?.('a[href^="#"]');
    const href = a?.getAttribute('href');
    if (!href || href === here || a?.hasAttribute('download')) return;
    e.preventDefault();
    if (ask()) leave(href);
  };
  const onPopState = () => {
    if (passing) return;
    const target = location.hash;
    if (target === here || !unsaved()) {
      here = target;
      return;
    }
    // Put the address back before the router's hashchange handler reads it.
    history.replaceState(history.state, '', here);
    if (ask()) leave(target);
  };
  const leave = (hash: string) => {
    passing = true;
    location.hash = hash;
    setTimeout(() => (passing = false), 0);
  };
  window.addEventListener('beforeunload', onBeforeUnload);
  document.addEventListener('click', onClick, true);
  window.addEventListener('popstate', onPopState);
  return {
    leave,
    dispose: () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
      window.removeEventListener('popstate', onPopState);
    },
  };
}
