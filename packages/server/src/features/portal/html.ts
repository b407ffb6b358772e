/*
 * HTML built from a tagged template that escapes every value put into it:
 * only `Html` values (the result of `markup`…``, or `raw` for fixed markup)
 * pass through unescaped, so a notice titled `<script>` is shown as text.
 */

export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

/** Characters XML 1.0 may not carry at all (C0 controls but tab, newline, return; lone surrogates). */
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe for HTML and XML content and attribute values. */
export function escapeText(text: string): string {
  return text.replace(NOT_XML, '\ufffd').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

export type Fragment = Html | string | number | null | undefined | false | Fragment[];

function render(value: Fragment): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.text;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeText(String(value));
}

/**
 * `markup`<p>${title}</p>``: values are escaped, nested `markup` fragments and
 * arrays of them are not. (Not named `html`, so that the formatter leaves the
 * markup as written.)
 */
export function markup(strings: TemplateStringsArray, ...values: Fragment[]): Html {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += render(v) + (strings[i + 1] ?? '');
  });
  return new Html(out);
}

/** Fixed markup written in this folder (never a value from a request or the database). */
export function raw(markup: string): Html {
  return new Html(markup);
}

/** A query string from the given pairs (empty values left out), with `?` when there is any. */
export function queryString(pairs: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(pairs)) if (v !== undefined && v !== '') q.set(k, String(v));
  const text = q.toString();
  return text ? `?${text}` : '';
}
