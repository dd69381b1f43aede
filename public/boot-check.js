/* global document, location, window */
/*
 * Says so when the app's own code cannot be loaded (issue 16): a module script that fails to
 * load (a broken connection, a redeploy that removed it) leaves "Loading the places and
 * quotes…" on screen for ever, since no code of the app runs to report it. This classic script
 * (no module, no dependency, allowed by `script-src 'self'`) listens for that failure and shows
 * a message with a Retry that reloads the page.
 */
(function () {
  'use strict';
  var shown = false;
  function show() {
    if (shown || document.body.getAttribute('data-content') === 'ready') return;
    shown = true;
    document.body.setAttribute('data-map-state', 'error');
    var host = document.getElementById('notices') || document.body;
    var notice = document.createElement('div');
    notice.className = 'notice notice-error';
    notice.setAttribute('role', 'alert');
    var text = document.createElement('p');
    text.textContent =
      "The page's code could not be loaded (the connection failed, or the site was being updated).";
    var retry = document.createElement('button');
    retry.type = 'button';
    retry.textContent = 'Retry';
    retry.addEventListener('click', function () {
      location.reload();
    });
    notice.appendChild(text);
    notice.appendChild(retry);
    host.appendChild(notice);
    var loading = document.getElementById('loading');
    if (loading) loading.textContent = 'The places and quotes could not be loaded.';
  }
  window.addEventListener(
    'error',
    function (event) {
      var target = event.target;
      if (target && target.tagName === 'SCRIPT' && target.type === 'module') show();
    },
    true,
  );
})();
