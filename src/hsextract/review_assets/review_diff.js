/* hsextract review page, diff mode (`hsextract review --pred NEW --against OLD`): two runs of one
   article side by side. Each row pairs the old run's record (left) with the new run's (right),
   as `hsextract diff` pairs them; the row's change colours it and its spans in the text.
   All article data goes into the DOM through textContent and attributes, never as markup. */
window.hsRenderDiff = function (DATA) {
  "use strict";
  var NAMES = { cast: "cast", releases: "releases", episodes: "episodes", events: "events" };
  var TAGS = { removed: "removed", added: "added", key: "key changed", fields: "changed",
    evidence: "evidence moved", same: "unchanged" };
  var RANK = { removed: 0, added: 0, key: 1, fields: 2, evidence: 3, same: 4 };
  var byId = {};
  DATA.articles.forEach(function (a) { byId[a.id] = a; });
  document.body.classList.add("diff-mode");

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function countsText(a) {
    var c = a.counts;
    return "+" + c.added + " \u2212" + c.removed + " ~" + (c.key + c.fields) + (c.evidence ? " (" + c.evidence + " evidence)" : "");
  }

  function renderHeader() {
    var legend = document.getElementById("legend");
    legend.textContent = "";
    ["removed", "added", "key", "fields", "evidence"].forEach(function (c) {
      legend.appendChild(el("span", "mark-sample ch-" + c, TAGS[c]));
    });
    document.getElementById("summary").appendChild(
      el("div", "diff-summary", DATA.names.old + " \u2192 " + DATA.names.new + ": " + DATA.summary.line));
  }

  function renderIndex() {
    var list = document.getElementById("index");
    DATA.articles.forEach(function (a) {
      var li = el("li", a.changed ? "changed" : "same");
      li.setAttribute("data-id", a.id);
      li.setAttribute("data-search", (a.id + " " + (a.title || "")).toLowerCase());
      li.appendChild(el("div", "aid", a.id));
      if (a.title) { li.appendChild(el("div", "atitle", a.title)); }
      li.appendChild(el("div", "counts", a.changed ? countsText(a) : "no change"));
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

  /* The text cut at every span boundary; a piece covered by spans of several rows takes the
     colour of the most important change among them. */
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
      cover.sort(function (x, y) { return RANK[x.change] - RANK[y.change] || x.row - y.row; });
      var mark = el("mark", "ch-" + cover[0].change, piece);
      mark.setAttribute("data-rows", " " + cover.map(function (s) { return s.row; }).join(" ") + " ");
      mark.title = cover.map(function (s) { return s.side + ": " + s.label + " [" + s.rule + "]"; }).join("\n");
      mark.addEventListener("click", (function (row) { return function () { activate(row, false); }; })(cover[0].row));
      box.appendChild(mark);
    }
  }

  function activate(ri, scroll) {
    Array.prototype.forEach.call(document.querySelectorAll(".active"), function (n) { n.classList.remove("active"); });
    var marks = document.querySelectorAll('#article-text mark[data-rows~="' + ri + '"]');
    Array.prototype.forEach.call(marks, function (m) { m.classList.add("active"); });
    var row = document.querySelector('#records tr[data-row="' + ri + '"]');
    if (row) {
      row.classList.add("active");
      if (!scroll) { row.scrollIntoView({ block: "nearest" }); }
    }
    if (scroll && marks.length) { marks[0].scrollIntoView({ block: "center" }); }
  }

  function cell(side, rec, row) {
    var td = el("td", "side-" + side);
    if (!rec) { td.classList.add("empty"); td.appendChild(el("span", "note", side === "old" ? "not in old run" : "not in new run")); return td; }
    td.appendChild(el("div", "label", rec.label));
    var fields = el("div", "fields");
    rec.fields.forEach(function (pair, i) {
      if (i) { fields.appendChild(document.createTextNode(", ")); }
      fields.appendChild(el("span", row.changed.indexOf(pair[0]) !== -1 ? "chg" : "", pair[0] + "=" + pair[1]));
    });
    td.appendChild(fields);
    var ev = el("ul", "evidence");
    rec.spans.forEach(function (s) {
      var li = el("li", s.ok ? "" : "bad", "\u201c" + s.text + "\u201d");
      li.appendChild(el("span", "rule", " " + s.rule + " @" + s.start + "\u2013" + s.end));
      ev.appendChild(li);
    });
    td.appendChild(ev);
    return td;
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
    [head, textBox, list, document.getElementById("missed")].forEach(function (n) { n.textContent = ""; });
    head.appendChild(el("h2", "", a.title || a.id));
    head.appendChild(el("div", "counts", a.id + " \u2014 status " + a.status.old + " \u2192 " + a.status.new + " \u2014 " + countsText(a)));
    a.notes.forEach(function (n) { head.appendChild(el("div", "warn", n)); });
    var spans = [];
    a.rows.forEach(function (r, ri) {
      [["old", r.old], ["new", r.new]].forEach(function (pair) {
        if (!pair[1]) { return; }
        pair[1].spans.forEach(function (s) {
          if (s.inside && s.end > s.start) {
            spans.push({ start: s.start, end: s.end, change: r.change, row: ri, rule: s.rule, side: pair[0], label: pair[1].label });
          }
        });
      });
    });
    if (a.text === null) { textBox.appendChild(el("p", "note", a.text_note)); } else { renderText(textBox, a.text, spans); }
    var table = el("table", "diff-table");
    var headRow = el("tr");
    ["", DATA.names.old, DATA.names.new].forEach(function (h) { headRow.appendChild(el("th", "", h)); });
    table.appendChild(headRow);
    var lastKind = null;
    a.rows.forEach(function (r, ri) {
      if (r.kind !== lastKind) {
        var kr = el("tr", "kind-row");
        var th = el("th", "", NAMES[r.kind]);
        th.colSpan = 3;
        kr.appendChild(th);
        table.appendChild(kr);
        lastKind = r.kind;
      }
      var tr = el("tr", "row ch-" + r.change);
      tr.setAttribute("data-row", String(ri));
      tr.setAttribute("data-change", r.change);
      tr.tabIndex = 0;
      var tag = el("td", "tag", TAGS[r.change]);
      if (r.evidence_note) { tag.title = r.evidence_note; }
      tr.appendChild(tag);
      tr.appendChild(cell("old", r.old, r));
      tr.appendChild(cell("new", r.new, r));
      tr.addEventListener("click", function () { activate(ri, true); });
      tr.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { activate(ri, true); } });
      table.appendChild(tr);
    });
    if (a.rows.length) { list.appendChild(table); } else { list.appendChild(el("p", "note", "no records in either run")); }
    try { history.replaceState(null, "", "#" + encodeURIComponent(id)); } catch (e) { /* file:// may refuse */ }
    document.getElementById("text-pane").scrollTop = 0;
  }

  renderHeader();
  renderIndex();
  var start = decodeURIComponent(location.hash.slice(1));
  var first = DATA.articles.filter(function (a) { return a.changed; })[0] || DATA.articles[0];
  if (byId[start]) { select(start); } else if (first) { select(first.id); }
  window.hsReview = { select: select, activate: activate };
};
