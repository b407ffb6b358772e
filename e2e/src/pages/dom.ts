/**
 * The few browser globals the tests read inside `page.evaluate`. The e2e
 * package type-checks without the DOM library, and the app's CSP forbids
 * evaluating strings, so page functions cast `globalThis` to this shape.
 * (Functions are serialised: they may use this type, never imported values.)
 */
export interface BrowserGlobals {
  document: {
    documentElement: { lang: string; scrollWidth: number };
    body: { classList: { contains(name: string): boolean } };
    querySelector(selector: string): unknown;
  };
  getComputedStyle(element: unknown): { fontSize: string };
  scrollTo(x: number, y: number): void;
}
