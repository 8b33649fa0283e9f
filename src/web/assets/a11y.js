// Font-size and contrast switches. Without JavaScript the buttons stay hidden and the browser's own zoom works.
(function () {
  var root = document.documentElement;
  var store = window.localStorage;
  function get(k) { try { return store.getItem(k); } catch (e) { return null; } }
  function set(k, v) { try { store.setItem(k, v); } catch (e) { /* private mode */ } }
  var font = Number(get('cttdt-font') || 0);
  if (font) root.setAttribute('data-font', String(font));
  if (get('cttdt-contrast') === 'high') root.setAttribute('data-contrast', 'high');
  document.addEventListener('DOMContentLoaded', function () {
    // The menu is open in the HTML so it is visible without JavaScript; on a phone it starts folded.
    var nav = document.querySelector('.nav-toggle');
    if (nav && window.matchMedia && window.matchMedia('(max-width: 899px)').matches) nav.removeAttribute('open');
    var tools = document.querySelector('.a11y-tools');
    if (!tools) return;
    tools.hidden = false;
    var contrastBtn = tools.querySelector('[data-contrast]');
    if (contrastBtn) contrastBtn.setAttribute('aria-pressed', String(root.getAttribute('data-contrast') === 'high'));
    tools.addEventListener('click', function (e) {
      var btn = e.target.closest('button');
      if (!btn) return;
      if (btn.hasAttribute('data-font')) {
        var step = Number(btn.getAttribute('data-font'));
        font = step === 0 ? 0 : Math.max(-1, Math.min(2, font + step));
        if (font) root.setAttribute('data-font', String(font)); else root.removeAttribute('data-font');
        set('cttdt-font', String(font));
      } else if (btn.hasAttribute('data-contrast')) {
        var high = root.getAttribute('data-contrast') !== 'high';
        if (high) root.setAttribute('data-contrast', 'high'); else root.removeAttribute('data-contrast');
        btn.setAttribute('aria-pressed', String(high));
        set('cttdt-contrast', high ? 'high' : '');
      }
    });
  });
})();
