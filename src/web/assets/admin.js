/*
 * Cổng TTĐT – admin enhancements. Every admin page works without this file:
 *  - <textarea data-editor> becomes a small rich-text editor (toolbar over a contenteditable area);
 *    the HTML is copied back into the textarea on every input and on submit, and the server
 *    sanitizes it again before storing it.
 *  - forms or buttons with data-confirm="…" ask before submitting (destructive actions).
 *  - the cover photo picker shows a preview of the chosen photo.
 * No dependencies, no inline script (the CSP forbids it).
 */
(function () {
  'use strict';

  /* ---------- Confirmations ---------- */

  document.addEventListener('submit', function (event) {
    var form = event.target;
    var submitter = event.submitter;
    var message = (submitter && submitter.getAttribute('data-confirm')) || (form.getAttribute && form.getAttribute('data-confirm'));
    if (message && !window.confirm(message)) event.preventDefault();
  }, true);

  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a[data-confirm]');
    if (link && !window.confirm(link.getAttribute('data-confirm'))) event.preventDefault();
  });

  /* ---------- Cleaning HTML before it enters the live page ---------- */

  var DROP = { SCRIPT: 1, STYLE: 1, IFRAME: 1, OBJECT: 1, EMBED: 1, LINK: 1, META: 1, FORM: 1, INPUT: 1, BUTTON: 1, TEXTAREA: 1, SELECT: 1, SVG: 1, MATH: 1, TEMPLATE: 1, NOSCRIPT: 1 };
  var KEEP = {
    P: 1, BR: 1, STRONG: 1, B: 1, EM: 1, I: 1, U: 1, S: 1, SUB: 1, SUP: 1, BLOCKQUOTE: 1, H2: 1, H3: 1, H4: 1,
    UL: 1, OL: 1, LI: 1, A: 1, IMG: 1, FIGURE: 1, FIGCAPTION: 1, TABLE: 1, THEAD: 1, TBODY: 1, TR: 1, TH: 1, TD: 1, CAPTION: 1, HR: 1,
  };
  var ATTRS = { A: ['href', 'title'], IMG: ['src', 'alt', 'width', 'height'], TH: ['scope', 'colspan', 'rowspan'], TD: ['colspan', 'rowspan'] };

  function safeUrl(value, images) {
    var v = String(value || '').trim();
    return images ? /^https?:\/\//i.test(v) || /^\/(?!\/)/.test(v) : /^(https?:|mailto:|tel:|\/(?!\/)|#)/i.test(v);
  }

  /** Parses HTML in an inert template (nothing loads or runs) and keeps only the editor's tags and attributes. */
  function cleanHtml(html) {
    var template = document.createElement('template');
    template.innerHTML = html;
    (function walk(parent) {
      var node = parent.firstChild;
      while (node) {
        var next = node.nextSibling;
        if (node.nodeType === 1) {
          var tag = node.tagName.toUpperCase();
          if (DROP[tag]) {
            parent.removeChild(node);
          } else {
            walk(node);
            if (!KEEP[tag]) {
              // Unknown wrappers (span, font, div from pasted documents): keep their content only.
              if (tag === 'DIV' || tag === 'H1') {
                var p = document.createElement(tag === 'H1' ? 'h2' : 'p');
                while (node.firstChild) p.appendChild(node.firstChild);
                parent.replaceChild(p, node);
              } else {
                while (node.firstChild) parent.insertBefore(node.firstChild, node);
                parent.removeChild(node);
              }
            } else {
              var allowed = ATTRS[tag] || [];
              for (var i = node.attributes.length - 1; i >= 0; i--) {
                var name = node.attributes[i].name.toLowerCase();
                if (allowed.indexOf(name) < 0) node.removeAttribute(node.attributes[i].name);
              }
              if (tag === 'A' && node.hasAttribute('href') && !safeUrl(node.getAttribute('href'), false)) node.removeAttribute('href');
              if (tag === 'IMG' && !safeUrl(node.getAttribute('src'), true)) parent.removeChild(node);
            }
          }
        } else if (node.nodeType !== 3) {
          parent.removeChild(node); // comments, processing instructions
        }
        node = next;
      }
    })(template.content);
    return template.content;
  }

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  /* ---------- Rich-text editor ---------- */

  var TOOLS = [
    { label: 'Đậm', command: 'bold', state: true, shortcut: 'Ctrl+B' },
    { label: 'Nghiêng', command: 'italic', state: true, shortcut: 'Ctrl+I' },
    { label: 'Tiêu đề', command: 'formatBlock', block: 'h2' },
    { label: 'Danh sách', command: 'insertUnorderedList', state: true },
    { label: 'Danh sách số', command: 'insertOrderedList', state: true },
    { label: 'Trích dẫn', command: 'formatBlock', block: 'blockquote' },
    { label: 'Liên kết', command: 'createLink', shortcut: 'Ctrl+K' },
    { label: 'Bỏ định dạng', command: 'removeFormat' },
  ];

  var editorCount = 0;

  function currentBlock() {
    var value = String(document.queryCommandValue('formatBlock') || '').toLowerCase();
    return value.replace(/[<>]/g, '');
  }

  function enhance(textarea) {
    editorCount += 1;
    var areaId = 'trinh-soan-thao-' + editorCount;
    var label = textarea.id ? document.querySelector('label[for="' + textarea.id + '"]') : null;

    var toolbar = document.createElement('div');
    toolbar.className = 'editor-toolbar';
    toolbar.setAttribute('role', 'toolbar');
    toolbar.setAttribute('aria-label', 'Định dạng nội dung');
    toolbar.setAttribute('aria-controls', areaId);

    var area = document.createElement('div');
    area.id = areaId;
    area.className = 'editor-area';
    area.contentEditable = 'true';
    area.setAttribute('role', 'textbox');
    area.setAttribute('aria-multiline', 'true');
    if (label) {
      if (!label.id) label.id = areaId + '-nhan';
      area.setAttribute('aria-labelledby', label.id);
      label.addEventListener('click', function () { area.focus(); });
    }
    if (textarea.getAttribute('aria-describedby')) area.setAttribute('aria-describedby', textarea.getAttribute('aria-describedby'));
    if (textarea.getAttribute('aria-invalid')) area.setAttribute('aria-invalid', textarea.getAttribute('aria-invalid'));
    area.appendChild(cleanHtml(textarea.value));
    if (!area.firstChild) area.innerHTML = '<p><br></p>';

    function sync() {
      var html = area.innerHTML;
      textarea.value = html === '<p><br></p>' || html === '<br>' ? '' : html;
    }

    function run(tool) {
      area.focus();
      document.execCommand('styleWithCSS', false, false);
      if (tool.command === 'createLink') {
        var url = window.prompt('Địa chỉ liên kết (bắt đầu bằng https://):', 'https://');
        if (!url || url === 'https://') return;
        url = url.trim();
        if (!safeUrl(url, false)) {
          window.alert('Liên kết phải bắt đầu bằng http://, https://, mailto: hoặc tel:.');
          return;
        }
        var selection = window.getSelection();
        if (selection && selection.isCollapsed) document.execCommand('insertHTML', false, '<a href="' + escapeHtml(url) + '">' + escapeHtml(url) + '</a>');
        else document.execCommand('createLink', false, url);
      } else if (tool.command === 'formatBlock') {
        document.execCommand('formatBlock', false, currentBlock() === tool.block ? 'p' : tool.block);
      } else if (tool.command === 'removeFormat') {
        document.execCommand('removeFormat', false, null);
        document.execCommand('unlink', false, null);
        if (/^(h[1-6]|blockquote)$/.test(currentBlock())) document.execCommand('formatBlock', false, 'p');
      } else {
        document.execCommand(tool.command, false, null);
      }
      sync();
      refresh();
    }

    var buttons = TOOLS.map(function (tool, index) {
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = tool.label;
      button.tabIndex = index === 0 ? 0 : -1;
      if (tool.shortcut) button.title = tool.label + ' (' + tool.shortcut + ')';
      if (tool.state || tool.block) button.setAttribute('aria-pressed', 'false');
      // Keep the text selection in the editing area while the button is pressed.
      button.addEventListener('mousedown', function (event) { event.preventDefault(); });
      button.addEventListener('click', function () { run(tool); });
      toolbar.appendChild(button);
      return button;
    });

    // One tab stop for the toolbar; arrow keys move between its buttons (WAI-ARIA toolbar pattern).
    toolbar.addEventListener('keydown', function (event) {
      var index = buttons.indexOf(document.activeElement);
      if (index < 0) return;
      var next = null;
      if (event.key === 'ArrowRight') next = (index + 1) % buttons.length;
      else if (event.key === 'ArrowLeft') next = (index - 1 + buttons.length) % buttons.length;
      else if (event.key === 'Home') next = 0;
      else if (event.key === 'End') next = buttons.length - 1;
      if (next === null) return;
      event.preventDefault();
      buttons[index].tabIndex = -1;
      buttons[next].tabIndex = 0;
      buttons[next].focus();
    });

    function refresh() {
      if (!area.contains(document.getSelection() && document.getSelection().anchorNode)) return;
      TOOLS.forEach(function (tool, i) {
        var on = false;
        try {
          on = tool.block ? currentBlock() === tool.block : tool.state ? document.queryCommandState(tool.command) : false;
        } catch (e) { on = false; }
        if (tool.state || tool.block) buttons[i].setAttribute('aria-pressed', on ? 'true' : 'false');
      });
    }

    area.addEventListener('input', sync);
    area.addEventListener('keyup', refresh);
    area.addEventListener('mouseup', refresh);
    area.addEventListener('keydown', function (event) {
      if ((event.ctrlKey || event.metaKey) && (event.key === 'k' || event.key === 'K')) {
        event.preventDefault();
        run(TOOLS[6]);
      }
    });
    area.addEventListener('paste', function (event) {
      var data = event.clipboardData;
      if (!data) return;
      var pasted = data.getData('text/html');
      event.preventDefault();
      if (pasted) {
        var holder = document.createElement('div');
        holder.appendChild(cleanHtml(pasted));
        document.execCommand('insertHTML', false, holder.innerHTML);
      } else {
        document.execCommand('insertText', false, data.getData('text/plain'));
      }
      sync();
    });
    if (textarea.form) textarea.form.addEventListener('submit', sync);

    try { document.execCommand('defaultParagraphSeparator', false, 'p'); } catch (e) { /* older browsers */ }

    var wrapper = document.createElement('div');
    wrapper.className = 'editor';
    wrapper.appendChild(toolbar);
    wrapper.appendChild(area);
    textarea.parentNode.insertBefore(wrapper, textarea);
    textarea.hidden = true;
    textarea.setAttribute('aria-hidden', 'true');
    textarea.tabIndex = -1;
  }

  /* ---------- Cover photo preview ---------- */

  function enhanceCoverPicker(select) {
    select.addEventListener('change', function () {
      var option = select.options[select.selectedIndex];
      var src = option ? option.getAttribute('data-thumb') : '';
      var fieldset = select.closest('fieldset') || select.parentNode;
      var preview = fieldset.querySelector('[data-cover-preview]');
      if (!src) {
        if (preview) preview.hidden = true;
        return;
      }
      if (!preview) {
        preview = document.createElement('img');
        preview.className = 'thumb';
        preview.alt = '';
        preview.setAttribute('data-cover-preview', '');
        fieldset.insertBefore(preview, fieldset.children[1] || null);
      }
      preview.src = src;
      preview.hidden = false;
    });
  }

  function init() {
    if (typeof document.execCommand === 'function' && 'contentEditable' in document.body) {
      Array.prototype.forEach.call(document.querySelectorAll('textarea[data-editor]'), enhance);
    }
    Array.prototype.forEach.call(document.querySelectorAll('select[data-cover-select]'), enhanceCoverPicker);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
