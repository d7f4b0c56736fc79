// Custom UI page shown through UI Kit's <Frame> on the project page: it displays core's
// self-contained roadmap HTML (board + SVG timeline, no scripts). There is no bundler for static
// resources in this repo, so instead of importing @forge/bridge it speaks the same protocol that
// @forge/bridge's invoke() and view.getContext() use: globalThis.__bridge.callBridge(cmd, data).
(async () => {
  const show = (text) => {
    document.body.textContent = text;
  };
  const bridge = globalThis.__bridge;
  if (!bridge || typeof bridge.callBridge !== 'function') {
    show('Open the Trailmap roadmap inside Jira.');
    return;
  }
  try {
    const context = await bridge.callBridge('getContext');
    const projectKey = context?.extension?.project?.key;
    const r = await bridge.callBridge('invoke', { functionKey: 'roadmap/render', payload: { projectKey } });
    if (!r?.ok) {
      show(r?.error?.message ?? 'The roadmap is unavailable.');
      return;
    }
    document.open();
    document.write(r.data.html);
    document.close();
  } catch (e) {
    show(`The roadmap is unavailable (${e instanceof Error ? e.message : String(e)}).`);
  }
})();
