/*! Roundtable Briefing: iframe parent script (auto-height). Contract: docs/embedding.md.
 *
 * Use:  <iframe data-roundtable-briefing src="…/embed.html" …></iframe>
 *       <script src="…/embed-parent.js" defer></script>
 *
 * On each `message` event it resizes an iframe only if ALL hold:
 *  - event.source is the contentWindow of an iframe[data-roundtable-briefing]
 *    (looked up when the message arrives, so iframes may be added later);
 *  - event.origin equals the origin of that iframe's src (never "null");
 *  - event.data is a plain object {type: "roundtable-briefing:height", height}
 *    with height a number, 0 < height <= 50000 (strings, JSON text, NaN,
 *    Infinity, negatives, huge values, arrays, null: ignored, silently).
 * Then: iframe.style.height = Math.ceil(height) + "px" (CSSOM: fine under a strict CSP),
 * plus the iframe's borders and padding if the host styles it box-sizing: border-box.
 *
 * Opt-in, with data-mirror-fragment on the iframe only (otherwise the host URL
 * is never touched): a {type: "roundtable-briefing:state", fragment} message
 * (a string of at most 2000 characters from [A-Za-z0-9=&,._~%-]) replaces the
 * host URL's fragment with #rb=<encodeURIComponent(fragment)> (history.replaceState,
 * so no history entry; an empty fragment removes a host #rb=…). On start, a host
 * #rb=… is passed on as the fragment of each opted-in iframe's src (which then
 * loads at once: loading="eager").
 *
 * One global, RoundtableBriefingParent ({version}); a second inclusion does nothing.
 */
(function (w, d) {
  'use strict';
  if (w.RoundtableBriefingParent) return;
  w.RoundtableBriefingParent = { version: '1' };

  var SEL = 'iframe[data-roundtable-briefing]';
  var OK = /^[A-Za-z0-9=&,._~%-]{0,2000}$/;

  // Border and padding to add when the host sets box-sizing: border-box on iframes.
  function frame(f) {
    var c = getComputedStyle(f);
    if (c.boxSizing != 'border-box') return 0;
    return ['borderTopWidth', 'borderBottomWidth', 'paddingTop', 'paddingBottom'].reduce(function (sum, k) {
      return sum + (parseFloat(c[k]) || 0);
    }, 0);
  }
  function valid(f) {
    return typeof f == 'string' && OK.test(f);
  }

  w.addEventListener('message', function (e) {
    var data = e.data, frames = d.querySelectorAll(SEL), f, i, o;
    if (!e.source || Object.prototype.toString.call(data) != '[object Object]') return;
    for (i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === e.source) f = frames[i];
    }
    if (!f || !f.src) return;
    try {
      o = new URL(f.src).origin;
    } catch (x) {
      return;
    }
    if (o == 'null' || o !== e.origin) return;
    if (data.type == 'roundtable-briefing:height') {
      var h = data.height;
      if (typeof h == 'number' && h > 0 && h <= 50000) f.style.height = Math.ceil(h) + frame(f) + 'px';
    } else if (data.type == 'roundtable-briefing:state' && f.hasAttribute('data-mirror-fragment') && valid(data.fragment)) {
      var now = location.hash, next = data.fragment ? '#rb=' + encodeURIComponent(data.fragment) : '';
      if (next ? now != next : now.lastIndexOf('#rb=', 0) == 0) {
        history.replaceState(history.state, '', location.href.split('#')[0] + next);
      }
    }
  });

  function start() {
    var m = /^#rb=(.*)$/.exec(location.hash), frag, frames, i, u;
    if (!m) return;
    try {
      frag = decodeURIComponent(m[1]);
    } catch (x) {
      return;
    }
    if (!frag || !valid(frag)) return;
    frames = d.querySelectorAll(SEL + '[data-mirror-fragment]');
    for (i = 0; i < frames.length; i++) {
      try {
        u = new URL(frames[i].src);
      } catch (x) {
        continue;
      }
      if (u.hash != '#' + frag) {
        u.hash = frag;
        // Chromium may load a lazy iframe's first src and drop a change made
        // before that load: with a shared #rb= link, load it now.
        frames[i].loading = 'eager';
        frames[i].src = u.href;
      }
    }
  }

  if (d.readyState == 'loading') d.addEventListener('DOMContentLoaded', start);
  else start();
})(window, document);
