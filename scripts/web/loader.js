// Explorateur FTAP loader: refuses to run inside another site's frame, starts the app once the
// prerendered page is drawn (the wasm is checked against its integrity hash) and, once it
// runs, registers the service worker.
// The placeholders in capitals are filled in by scripts/postbuild.mjs.
const start = window.ftapStart;

/** Whether the page is framed by another origin (hosts that cannot send frame-ancestors). */
function framedByAnotherSite() {
  if (window.top === window.self) return false;
  try {
    return window.top.location.origin !== window.location.origin;
  } catch {
    return true;
  }
}

function refuseFrame() {
  const root = document.getElementById('app');
  const panel = document.createElement('div');
  panel.className = 'error-panel';
  panel.setAttribute('role', 'alert');
  const text = document.createElement('p');
  text.textContent = "Pour votre sécurité, l'explorateur ne s'affiche pas à l'intérieur d'un autre site. ";
  const link = document.createElement('a');
  link.href = window.location.href;
  link.target = '_blank';
  link.rel = 'noopener';
  link.textContent = "Ouvrir l'Explorateur FTAP dans un nouvel onglet";
  panel.append(text, link);
  root.replaceChildren(panel);
}

/** Resolves once the page's first frame is drawn, or after a moment in a tab not shown. */
function afterFirstFrame() {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 250);
  });
}

async function run() {
  if (window.trustedTypes) {
    // The app starts the worker that opens a reader's file with its address as a string (the
    // one way gloo's worker bridge can): the default policy lets that one address through,
    // from before the app starts, since an address with ?data= opens its file at once.
    window.trustedTypes.createPolicy('default', {
      createScriptURL: (url) => {
        if (url !== 'open-worker_loader.js') throw new TypeError(`unexpected script URL ${url}`);
        return url;
      },
    });
  }
  try {
    // The prerendered page is drawn first, with all the bandwidth; then the module (preloaded
    // with its integrity hash: a tampered file fails here) fetches the wasm, checked against
    // its own hash, and compiles it as it downloads.
    await afterFirstFrame();
    // A script that failed its integrity check is never imported (the guard retries or says
    // so): wait until its preload has said whether it did.
    const app = new URL('APP_JS', import.meta.url).href;
    await start.preloaded(app);
    if (start.failed()) return;
    const { default: init } = await import(app);
    await init({ module_or_path: fetch('APP_WASM', { integrity: 'WASM_INTEGRITY' }) });
  } catch (error) {
    start.fail("le code de l'application n'a pas pu être chargé ou a échoué au démarrage", error);
    return;
  }
  start.started();
  if ('serviceWorker' in navigator) {
    // Trusted Types are enforced: the worker's address goes through the one policy allowed.
    const policy = window.trustedTypes?.createPolicy('ftap', {
      createScriptURL: (url) => {
        if (url !== './sw.js') throw new TypeError(`unexpected script URL ${url}`);
        return url;
      },
    });
    const url = policy ? policy.createScriptURL('./sw.js') : './sw.js';
    navigator.serviceWorker
      .register(url, { updateViaCache: 'none' })
      .catch((error) => console.warn('service worker', error));
  }
}

if (framedByAnotherSite()) {
  refuseFrame();
} else {
  run();
}
