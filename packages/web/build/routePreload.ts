import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, ResolvedConfig, Rollup } from 'vite';

/**
 * The phone's pages start their code, styles and first answers from the HTML, not after the app's
 * first chunk (~100 KB gzip: React) has arrived and run. Without this, a villager opening a
 * notice's QR code on slow 4G waits for the first chunk, then the app's `preloadFor` asks for the
 * page's chunks and its answer: two trips one after the other. With it, a small script in the
 * HTML (`assets/boot-*.js`, `async`, a few hundred bytes; the content security policy allows no
 * inline script) adds `<link rel="modulepreload">`, `<link rel="preload" as="style">` and
 * `<link rel="preload" as="fetch">` for the path opened, so they load alongside the first chunk.
 * The app's own `import()` and `prefetch` (app/preload.ts, same paths, same request mode) then
 * take them from the browser's cache. A guess that turns out wrong (a cadre opening a village's
 * home gets the console's, not the villager's) costs a few KB of code not run.
 *
 * Answers are preloaded only where the app asks for them at start whatever happens (`/api/me`
 * on every path — every page waits for it before drawing, and without the preload it started
 * only once the first chunk had run —, the village's frame, the notice, the list, the meeting):
 * a preloaded answer waits in the page until a fetch of its address takes it, however late. The
 * villager home's answers were preloaded too, but the app asks for them only once the village has
 * answered that its reader has a home — a signed-out reader (sent to sign in) or a cadre never
 * asked, and their first fetch of those addresses much later, signed in, got the stale 401 or the
 * old list. Their code is still preloaded.
 *
 * Which modules each path loads is read from the built chunks (their static imports), so it
 * follows the code: only the paths and the source modules are named here.
 */

/** The source modules (relative to packages/web) a path's page loads first, by name. */
const MODULES = {
  signIn: ['src/features/auth/SignInPage.tsx'],
  meeting: ['src/features/meetings/MePage.tsx'],
  village: ['src/features/villages/VillageShell.tsx'],
  myHome: ['src/features/villages/villager/MyHomePage.tsx'],
  notice: ['src/features/matters/NoticePage.tsx'],
  notices: ['src/features/matters/PhoneNoticesPage.tsx'],
  /** The phone's Chinese words (lazyPage.ts `phonePage`); not for a reader who chose English. */
  words: ['src/i18n/phone.zh-CN.ts'],
} as const;

type Plan = Record<keyof typeof MODULES, { js: string[]; css: string[] }>;

/**
 * The script, ES5 so any phone runs it: `P` is the plan (files by page), then the paths as
 * app/preload.ts reads them.
 */
function bootScript(plan: Plan, base: string): string {
  return `(function(P){var d=document,h=d.head,p=location.pathname,m;
function l(rel,href,as){var e=d.createElement('link');e.rel=rel;e.href=href;if(as){e.as=as;if(as==='fetch')e.crossOrigin='anonymous';}h.appendChild(e);}
function load(k){var f=P[k],i;for(i=0;i<f.js.length;i++)l('modulepreload',${JSON.stringify(base)}+f.js[i]);for(i=0;i<f.css.length;i++)l('preload',${JSON.stringify(base)}+f.css[i],'style');}
function words(){var lang=null;try{lang=localStorage.getItem('cunzhi.lang');}catch(e){}if(lang!=='en')load('words');}
l('preload','/api/me','fetch');
if(p==='/sign-in'){load('signIn');return;}
if((m=/^\\/v\\/([\\w-]+)\\/meetings\\/([\\w-]+)\\/me\\/?$/.exec(p))){load('meeting');words();l('preload','/api/villages/'+m[1]+'/meetings/'+m[2],'fetch');return;}
if((m=/^\\/v\\/([\\w-]+)(\\/.*)?$/.exec(p))){var v='/api/villages/'+m[1],r=m[2]||'',n;load('village');words();l('preload',v+'/frame','fetch');
if(r===''||r==='/')load('myHome');
else if((n=/^\\/notices\\/([\\w-]+)\\/?$/.exec(r))){load('notice');l('preload',v+'/notices/'+n[1],'fetch');}
else if(/^\\/notices\\/?$/.test(r)){load('notices');l('preload',v+'/notices','fetch');}}
})(${JSON.stringify(plan)});
`;
}

type BuiltChunk = Rollup.OutputChunk;

function isChunk(item: Rollup.OutputChunk | Rollup.OutputAsset): item is BuiltChunk {
  return item.type === 'chunk';
}

export function routePreload(): Plugin {
  let config: ResolvedConfig;
  let boot: { fileName: string; source: string } | undefined;
  return {
    name: 'cunzhi:route-preload',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return;
        const chunks = Object.values(bundle).filter(isChunk);
        const byFile = new Map(chunks.map((c) => [c.fileName, c]));
        const closure = (start: BuiltChunk[], into = new Set<string>()) => {
          const visit = (c: BuiltChunk) => {
            if (into.has(c.fileName)) return;
            into.add(c.fileName);
            for (const i of c.imports) {
              const next = byFile.get(i);
              if (next) visit(next);
            }
          };
          start.forEach(visit);
          return into;
        };
        // what the HTML loads already: the entry and its static imports
        const entry = ctx.chunk && isChunk(ctx.chunk) ? [ctx.chunk] : [];
        const inHtml = closure(entry);
        const root = config.root;
        const plan = {} as Plan;
        for (const [name, modules] of Object.entries(MODULES) as Array<
          [keyof Plan, readonly string[]]
        >) {
          const own = modules.map((m) => {
            const chunk = chunks.find((c) => c.facadeModuleId === path.resolve(root, m));
            if (!chunk) throw new Error(`route preload: no chunk for ${m}`);
            return chunk;
          });
          const files = [...closure(own)].filter((f) => !inHtml.has(f));
          const css = new Set<string>();
          for (const f of files)
            for (const c of byFile.get(f)?.viteMetadata?.importedCss ?? []) css.add(c);
          plan[name] = { js: files, css: [...css] };
        }
        const source = bootScript(plan, config.base);
        const hash = createHash('sha256').update(source).digest('base64url').slice(0, 8);
        boot = { fileName: `${config.build.assetsDir}/boot-${hash}.js`, source };
        return [
          {
            tag: 'script',
            attrs: { async: true, src: `${config.base}${boot.fileName}` },
            injectTo: 'head-prepend',
          },
        ];
      },
    },
    writeBundle(options) {
      if (!boot || !options.dir) return;
      const file = path.join(options.dir, boot.fileName);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, boot.source);
    },
  };
}
