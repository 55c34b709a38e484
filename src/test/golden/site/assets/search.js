/*
 * Site search of the evalsite default theme. A classic script (no modules, no fetch), so the
 * search also works on a site opened from disk (file://). The form is published hidden; this
 * script shows it. On the first focus of the box it loads, with <script> tags, MiniSearch and the
 * Snowball stemmers (assets/vendor/), then search/manifest.js and every index shard it
 * names (search/index-*.js), searching those that have arrived while the others load; a unit's
 * texts for snippets (search/text/*.js) are loaded only when one of its results is shown. The index is built by evalsite in Java (dk.evalsite.search) with the same tokenizer and
 * stemmers as below: change one and the other must follow (the browser test SearchTest holds them
 * together).
 */
(function () {
  'use strict';

  var NOT_WORD = /[^\p{L}\p{N}]+/u;
  var WORD = /[\p{L}\p{N}]+/gu;
  var LETTER = /\p{L}/u;
  var STORED = ['title', 'report', 'kind', 'lang', 'texts', 'printed', 'light', 'lightWord'];
  var SHOWN = 10;
  var SVG = 'http://www.w3.org/2000/svg';

  /** The words of a text: runs of letters and digits, NFC, lower case; digits alone from 4 on. */
  function words(text) {
    return String(text).normalize('NFC').toLowerCase().split(NOT_WORD).filter(function (w) {
      return w !== '' && (w.length >= 4 || LETTER.test(w));
    });
  }

  var stemmers = {};
  /** The Snowball stemmer of a language (da, en); other languages are not stemmed. */
  function stemmer(lang) {
    if (!(lang in stemmers)) {
      var name = lang === 'da' ? 'danish' : lang === 'en' ? 'english' : null;
      var s = name ? window.snowballFactory.newStemmer(name) : null;
      stemmers[lang] = s ? function (w) { return s.stem(w); } : function (w) { return w; };
    }
    return stemmers[lang];
  }

  /** A query word's terms: its Danish and its English stem, so one box finds both languages. */
  function queryTerms(word) {
    var da = stemmer('da')(word);
    var en = stemmer('en')(word);
    return da === en ? [da] : [da, en];
  }

  function options() {
    return {
      fields: ['title', 'text'],
      storeFields: STORED,
      tokenize: words,
      processTerm: queryTerms,
      searchOptions: {
        boost: { title: 2 },
        prefix: function (term) { return term.length >= 3; }
      }
    };
  }

  var state = {
    manifest: null,
    shards: [],
    texts: {},
    textWaiters: {},
    loading: null,
    ready: false,
    complete: false,
    arrivals: []
  };

  /* What the files of search/ call. */
  var api = {
    manifest: function (m) { state.manifest = m; },
    index: function (json) {
      state.shards.push(window.MiniSearch.loadJSON(json, options()));
      state.ready = true;
      state.arrivals.forEach(function (f) { f(); });
    },
    text: function (key, json) {
      state.texts[key] = JSON.parse(json);
      (state.textWaiters[key] || []).forEach(function (f) { f(); });
      delete state.textWaiters[key];
    },
    /* For tests and benchmarks: the same tokenizer, stemmers and options as the search. */
    words: words,
    stem: function (lang, word) { return stemmer(lang)(word); },
    options: options,
    search: search,
    loaded: function () { return state.complete; }
  };
  window.evalsiteSearch = api;

  function load(src) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = src;
      s.onload = function () { resolve(); };
      s.onerror = function () { reject(new Error(src)); };
      document.head.appendChild(s);
    });
  }

  /** Loads the engine and every index shard, once; each shard is searched as soon as it is in. */
  function loadIndex(root) {
    if (!state.loading) {
      state.loading = Promise.all([
        load(root + 'assets/vendor/minisearch/minisearch.js'),
        load(root + 'assets/vendor/snowball-stemmers/snowball-stemmers.js')
      ]).then(function () {
        return load(root + 'search/manifest.js');
      }).then(function () {
        return Promise.all(state.manifest.index.map(function (file) { return load(root + file); }));
      }).then(function () {
        state.ready = true;
        state.complete = true;
      });
    }
    return state.loading;
  }

  /** Every shard's hits for a query, merged by score (ties by address, so the order is stable). */
  function search(query) {
    var ws = words(query);
    if (ws.length === 0) {
      return [];
    }
    // Every word must match (AND), by either of its stems (OR).
    var q = {
      combineWith: 'AND',
      queries: ws.map(function (w) { return { combineWith: 'OR', queries: [w] }; })
    };
    // Pages in the reader's language first, at equal relevance and a little beyond.
    var lang = document.documentElement.lang;
    var own = {
      boostDocument: function (id, term, stored) { return stored && stored.lang === lang ? 1.5 : 1; }
    };
    var hits = [];
    state.shards.forEach(function (shard) {
      hits = hits.concat(shard.search(q, own));
    });
    hits.sort(function (a, b) {
      return b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    });
    return hits;
  }

  /** Loads a unit's texts (once) and calls back when they are there. */
  function withText(root, key, callback) {
    if (state.texts[key]) {
      callback();
      return;
    }
    var waiting = state.textWaiters[key];
    state.textWaiters[key] = (waiting || []).concat([callback]);
    if (!waiting) {
      load(root + 'search/text/' + key + '.js').catch(function () {});
    }
  }

  /**
   * A snippet of a text around its first word whose stem the hit matched, every such word in it
   * marked: text nodes and <mark> elements, never HTML from the text.
   */
  function snippet(text, lang, terms) {
    var stem = stemmer(lang);
    var found = [];
    var m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text)) !== null) {
      if (terms[stem(m[0].normalize('NFC').toLowerCase())]) {
        found.push([m.index, m.index + m[0].length]);
      }
    }
    var start = found.length ? Math.max(0, found[0][0] - 60) : 0;
    if (start > 0) {
      var space = text.indexOf(' ', start);
      start = space >= 0 && space < found[0][0] ? space + 1 : start;
    }
    var end = Math.min(text.length, start + 200);
    if (end < text.length) {
      var back = text.lastIndexOf(' ', end);
      end = back > start ? back : end;
    }
    var out = document.createDocumentFragment();
    var at = start;
    out.appendChild(document.createTextNode(start > 0 ? '… ' : ''));
    found.forEach(function (f) {
      if (f[0] >= at && f[1] <= end) {
        out.appendChild(document.createTextNode(text.slice(at, f[0])));
        var mark = document.createElement('mark');
        mark.textContent = text.slice(f[0], f[1]);
        out.appendChild(mark);
        at = f[1];
      }
    });
    out.appendChild(document.createTextNode(text.slice(at, end) + (end < text.length ? ' …' : '')));
    return out;
  }

  /** A traffic light as the pages draw it: shape and word, never colour alone. */
  function badge(light, word) {
    var span = document.createElement('span');
    span.className = 'badge badge--' + light + ' badge--small';
    var svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('class', 'badge__icon');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    svg.setAttribute('viewBox', '0 0 16 16');
    var shape;
    if (light === 'green') {
      shape = document.createElementNS(SVG, 'circle');
      shape.setAttribute('cx', '8'); shape.setAttribute('cy', '8'); shape.setAttribute('r', '7');
    } else if (light === 'yellow') {
      shape = document.createElementNS(SVG, 'path');
      shape.setAttribute('d', 'M8 1 15.5 15H.5z');
    } else if (light === 'red') {
      shape = document.createElementNS(SVG, 'rect');
      shape.setAttribute('x', '1.5'); shape.setAttribute('y', '1.5');
      shape.setAttribute('width', '13'); shape.setAttribute('height', '13');
    } else {
      shape = document.createElementNS(SVG, 'circle');
      shape.setAttribute('cx', '8'); shape.setAttribute('cy', '8'); shape.setAttribute('r', '6');
      shape.setAttribute('fill', 'none'); shape.setAttribute('stroke', 'currentColor');
      shape.setAttribute('stroke-width', '2');
    }
    svg.appendChild(shape);
    span.appendChild(svg);
    var label = document.createElement('span');
    label.className = 'badge__label';
    label.textContent = word;
    span.appendChild(label);
    return span;
  }

  function element(tag, className, text) {
    var e = document.createElement(tag);
    e.className = className;
    if (text != null) {
      e.textContent = text;
    }
    return e;
  }

  function setUp(form) {
    var input = form.querySelector('input[type="search"]');
    var status = form.querySelector('[data-search-status]');
    var results = form.querySelector('[data-search-results]');
    var root = form.getAttribute('data-root') || '';
    var msg = function (key, arg) {
      return (form.getAttribute('data-msg-' + key) || '').replace('{0}', arg == null ? '' : arg);
    };
    var timer = null;
    var shownQuery = null;

    function show(query) {
      if (!state.ready) {
        return;
      }
      shownQuery = query;
      results.textContent = '';
      if (words(query).length === 0) {
        results.hidden = true;
        status.textContent = '';
        return;
      }
      var hits = search(query);
      status.textContent = !state.complete ? msg('partial', String(hits.length))
        : hits.length === 0 ? msg('none', query.trim())
        : hits.length === 1 ? msg('one') : msg('many', String(hits.length));
      results.hidden = hits.length === 0;
      var list = element('ol', 'site-search__list');
      hits.slice(0, SHOWN).forEach(function (hit) {
        var item = document.createElement('li');
        var link = element('a', 'site-search__hit');
        link.href = root + hit.id;
        if (hit.lang && hit.lang !== document.documentElement.lang) {
          link.lang = hit.lang;
          link.hreflang = hit.lang;
        }
        link.appendChild(element('span', 'site-search__title', hit.title));
        var where = msg('kind-' + hit.kind);
        link.appendChild(element('span', 'site-search__where',
          hit.report && hit.kind !== 'report' ? where + ' · ' + hit.report : where));
        if (hit.kind === 'goal') {
          var goal = element('span', 'site-search__goal');
          goal.appendChild(element('span', 'site-search__attainment', hit.printed));
          if (hit.light) {
            goal.appendChild(document.createTextNode(' '));
            goal.appendChild(badge(hit.light, hit.lightWord));
          }
          link.appendChild(goal);
        }
        var snip = element('span', 'site-search__snippet');
        link.appendChild(snip);
        withText(root, hit.texts, function () {
          var text = state.texts[hit.texts][hit.id];
          if (text && shownQuery === query) {
            snip.appendChild(snippet(text, hit.lang, hit.match));
          }
        });
        item.appendChild(link);
        list.appendChild(item);
      });
      results.appendChild(list);
    }

    function start() {
      if (state.loading) {
        return;
      }
      status.textContent = msg('loading');
      form.setAttribute('aria-busy', 'true');
      loadIndex(root).then(function () {
        form.removeAttribute('aria-busy');
        status.textContent = '';
        show(input.value);
      }, function () {
        form.removeAttribute('aria-busy');
        status.textContent = msg('failed');
      });
    }

    // While shards arrive, what the reader is typing is searched again in each one that comes,
    // unless they have moved into the results (redrawing them would take their place away).
    state.arrivals.push(function () {
      if (!state.complete && document.activeElement === input && words(input.value).length) {
        show(input.value);
      }
    });
    input.addEventListener('focus', start);
    input.addEventListener('input', function () {
      start();
      clearTimeout(timer);
      timer = setTimeout(function () { show(input.value); }, 120);
    });
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      clearTimeout(timer);
      show(input.value);
      var first = results.querySelector('a');
      if (first) {
        first.focus();
      }
    });
    // Arrow keys move between the box and the results; Escape empties the box.
    form.addEventListener('keydown', function (e) {
      var links = Array.prototype.slice.call(results.querySelectorAll('a'));
      var at = links.indexOf(document.activeElement);
      if (e.key === 'ArrowDown' && links.length) {
        e.preventDefault();
        links[Math.min(at + 1, links.length - 1)].focus();
      } else if (e.key === 'ArrowUp' && at >= 0) {
        e.preventDefault();
        (at === 0 ? input : links[at - 1]).focus();
      } else if (e.key === 'Escape' && input.value !== '') {
        input.value = '';
        input.focus();
        show('');
      }
    });
    form.hidden = false;
  }

  function init() {
    var form = document.querySelector('form[data-search]');
    if (form) {
      setUp(form);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
