/* hsextract review page: renders one article at a time from the embedded JSON.
   All article data goes into the DOM through textContent and attributes, never as markup. */
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("review-data").textContent);
  if (DATA.mode === "diff") { window.hsRenderDiff(DATA); return; }
  var KINDS = ["cast", "releases", "episodes", "events"];
  var NAMES = { cast: "cast", releases: "releases", episodes: "episodes", events: "events" };
  var byId = {};
  DATA.articles.forEach(function (a) { byId[a.id] = a; });

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function renderSummary() {
    var box = document.getElementById("summary");
    if (!DATA.summary) { return; }
    var table = el("table");
    var head = el("tr");
    ["type", "TP", "FP", "FN", "P", "R", "F1"].forEach(function (h) { head.appendChild(el("th", "", h)); });
    table.appendChild(head);
    DATA.summary.rows.forEach(function (row) {
      var tr = el("tr", row.type === "all" ? "all" : "");
      [row.type, row.tp, row.fp, row.fn, row.p, row.r, row.f1].forEach(function (v) {
        tr.appendChild(el("td", "", v));
      });
      table.appendChild(tr);
    });
    box.appendChild(table);
    box.appendChild(el("div", "note", DATA.summary.caption));
  }

  function countsLine(a) {
    var line = el("div", "counts");
    line.textContent = KINDS.map(function (k) { return NAMES[k] + " " + a.counts[k]; }).join(" · ");
    if (a.gold) {
      line.appendChild(document.createTextNode(" · "));
      line.appendChild(el("b", "", "FP " + a.gold.fp + " FN " + a.gold.fn));
    }
    return line;
  }

  function renderIndex() {
    var list = document.getElementById("index");
    DATA.articles.forEach(function (a) {
      var li = el("li");
      li.setAttribute("data-id", a.id);
      li.setAttribute("data-search", (a.id + " " + (a.title || "") + " " + (a.source || "")).toLowerCase());
      li.appendChild(el("div", "aid", a.id));
      if (a.title) { li.appendChild(el("div", "atitle", a.title)); }
      li.appendChild(countsLine(a));
      li.addEventListener("click", function () { select(a.id); });
      list.appendChild(li);
    });
    var filter = document.getElementById("filter");
    filter.addEventListener("input", applyFilter);
    applyFilter();
  }

  function applyFilter() {
    var q = document.getElementById("filter").value.trim().toLowerCase();
    var shown = 0;
    var items = document.querySelectorAll("#index li");
    Array.prototype.forEach.call(items, function (li) {
      var hit = !q || li.getAttribute("data-search").indexOf(q) !== -1;
      li.hidden = !hit;
      if (hit) { shown += 1; }
    });
    document.getElementById("index-count").textContent = shown + " of " + items.length + " articles";
  }

  /* Split the text at every span boundary; each piece is covered by a set of spans.
     Overlaps become adjacent marks (no nesting), so the markup is always well formed. */
  function renderText(box, text, spans) {
    var cuts = [0, text.length];
    spans.forEach(function (s) { cuts.push(s.start, s.end); });
    cuts = cuts.filter(function (c, i, all) { return all.indexOf(c) === i; });
    cuts.sort(function (x, y) { return x - y; });
    for (var i = 0; i + 1 < cuts.length; i += 1) {
      var a = cuts[i], b = cuts[i + 1];
      var cover = spans.filter(function (s) { return s.start <= a && s.end >= b; });
      var piece = text.slice(a, b);
      if (!cover.length) { box.appendChild(document.createTextNode(piece)); continue; }
      cover.sort(function (x, y) { return (x.end - x.start) - (y.end - y.start) || x.rec - y.rec; });
      var mark = el("mark", "k-" + cover[0].kind, piece);
      var kinds = cover.map(function (s) { return s.kind; });
      if (kinds.some(function (k) { return k !== kinds[0]; })) { mark.classList.add("multi"); }
      if (cover.some(function (s) { return !s.ok; })) { mark.classList.add("bad"); }
      mark.setAttribute("data-recs", " " + cover.map(function (s) { return s.rec; }).join(" ") + " ");
      mark.title = cover.map(function (s) { return s.label + " [" + s.rule + "]"; }).join("\n");
      mark.addEventListener("click", (function (rec) { return function () { activate(rec, false); }; })(cover[0].rec));
      box.appendChild(mark);
    }
  }

  function activate(ri, scroll) {
    Array.prototype.forEach.call(document.querySelectorAll(".active"), function (n) { n.classList.remove("active"); });
    var marks = document.querySelectorAll('#article-text mark[data-recs~="' + ri + '"]');
    Array.prototype.forEach.call(marks, function (m) { m.classList.add("active"); });
    var item = document.querySelector('#records li[data-rec="' + ri + '"]');
    if (item) {
      item.classList.add("active");
      if (!scroll) { item.scrollIntoView({ block: "nearest" }); }
    }
    if (scroll && marks.length) { marks[0].scrollIntoView({ block: "center" }); }
  }

  function recordItem(r, ri) {
    var li = el("li", "rec" + (r.mark === "fp" ? " fp" : ""));
    li.setAttribute("data-rec", String(ri));
    li.setAttribute("data-kind", r.kind);
    li.tabIndex = 0;
    var head = el("div");
    if (r.mark) { head.appendChild(el("span", "badge " + r.mark, r.mark.toUpperCase())); }
    head.appendChild(el("span", "label", r.label));
    li.appendChild(head);
    li.appendChild(el("div", "fields", r.fields));
    r.spans.forEach(function (s) {
      if (!s.ok) {
        li.appendChild(el("div", "mismatch", "evidence mismatch at " + s.start + "-" + s.end + ": expected \u201c" +
          s.text + "\u201d, article has " + (s.found === null ? "nothing there" : "\u201c" + s.found + "\u201d")));
      }
    });
    li.addEventListener("click", function () { activate(ri, true); });
    li.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { activate(ri, true); } });
    return li;
  }

  function select(id) {
    var a = byId[id];
    if (!a) { return; }
    Array.prototype.forEach.call(document.querySelectorAll("#index li"), function (li) {
      li.classList.toggle("selected", li.getAttribute("data-id") === id);
    });
    var head = document.getElementById("article-head");
    var textBox = document.getElementById("article-text");
    var list = document.getElementById("records");
    var missed = document.getElementById("missed");
    [head, textBox, list, missed].forEach(function (n) { n.textContent = ""; });
    head.appendChild(el("h2", "", a.title || a.id));
    head.appendChild(el("div", "counts", a.id + (a.source ? " \u2014 " + a.source : "") + " \u2014 status " + a.status));
    if (a.error) { head.appendChild(el("div", "warn", "error: " + a.error)); }
    a.notes.forEach(function (n) { head.appendChild(el("div", "warn", n)); });
    var spans = [];
    a.records.forEach(function (r, ri) {
      r.spans.forEach(function (s) {
        if (s.inside && s.end > s.start) {
          spans.push({ start: s.start, end: s.end, ok: s.ok, kind: r.kind, rec: ri, rule: s.rule, label: r.label });
        }
      });
    });
    if (a.text === null) { textBox.appendChild(el("p", "note", a.text_note)); } else { renderText(textBox, a.text, spans); }
    var lastKind = null;
    a.records.forEach(function (r, ri) {
      if (r.kind !== lastKind) { list.appendChild(el("h3", "", NAMES[r.kind])); lastKind = r.kind; }
      list.appendChild(recordItem(r, ri));
    });
    if (!a.records.length) { list.appendChild(el("p", "note", "no records")); }
    if (a.missed.length) {
      missed.appendChild(el("h3", "", "missed (false negatives)"));
      var ul = el("ul");
      a.missed.forEach(function (m) {
        var li = el("li");
        li.appendChild(el("span", "badge fn", "FN"));
        li.appendChild(el("span", "label", NAMES[m.kind] + ": " + m.label));
        li.appendChild(el("div", "fields", m.fields));
        if (m.note) { var note = el("div", "gnote", m.note); note.title = m.note; li.appendChild(note); }
        ul.appendChild(li);
      });
      missed.appendChild(ul);
    }
    try { history.replaceState(null, "", "#" + encodeURIComponent(id)); } catch (e) { /* file:// may refuse */ }
    document.getElementById("text-pane").scrollTop = 0;
  }

  renderSummary();
  renderIndex();
  var start = decodeURIComponent(location.hash.slice(1));
  if (byId[start]) { select(start); } else if (DATA.articles.length) { select(DATA.articles[0].id); }
  window.hsReview = { select: select, activate: activate };
})();
