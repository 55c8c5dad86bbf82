/**
 * The page's script (plain ES2017, no library): reads the embedded data, draws the overview (one
 * row per addressee, the root's tasks across), the drill-down of one province (one row per
 * document, communes grouped until expanded), and the list of gaps, and redraws them when a
 * filter changes. Never touches the network.
 */
export const MATRIX_SCRIPT = `
(function () {
  'use strict';
  var D = JSON.parse(document.getElementById('matrix-data').textContent);
  var W = D.ui, R = D.rows.length, COMMUNE = D.communeLevel;
  var state = { missing: false, agency: '', province: '', q: '', open: -1, communes: false, limit: 300 };
  var $ = function (id) { return document.getElementById(id); };
  /** "Sở GD&ĐT"-style short names for vertical headers: the People's Committee words shortened. */
  function short(name) { return String(name).replace(/^Ủy ban nhân dân\\s+/i, 'UBND ').replace(/^Sở Giáo dục và Đào tạo$/, 'Sở GD&ĐT').replace(/^Sở Khoa học và Công nghệ$/, 'Sở KH&CN'); }
  function fold(s) { return String(s).normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase(); }
  // The page runs this in the browser, on its own: it cannot import src/text/escape-xml.ts.
  function esc(s) { return String(s).replace(/[&<>"]/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]; }); }
  var provName = function (p) { return p >= 0 ? D.provinces[p][0] : '—'; };
  var colKey = D.cols.map(function (c) { return fold([c[0], c[1], c[7], c[8], provName(c[3])].join(' ')); });
  // Search matches the lead and the coordinating agencies of a row.
  var rowKey = D.rows.map(function (r) { return fold(r[0] + ' ' + r[1] + ' ' + r[3] + ' ' + r[4]); });
  var errs = {};
  D.errs.forEach(function (k) { errs[k] = true; });
  /** Missing, or partly covered with an error: what "only what is missing" keeps. */
  function wanting(c, r) { var s = st(c, r); return s === 'X' || (s === 'P' && errs[c * R + r] === true); }
  var why = {};
  D.why.forEach(function (w) { var k = w[0] * R + w[1]; (why[k] = why[k] || []).push(w); });
  function st(c, r) { return D.cols[c][5].charAt(r); }
  function ids(c, r) { return D.cols[c][6].split('|')[r] || ''; }

  var whoKey = D.who.map(function (w) { return fold([w[0], w[8], provName(w[1])].join(' ')); });
  function whoSt(w, r) { return D.who[w][3].charAt(r); }
  function whoPart(w, k, r) { return D.who[w][k].split('|')[r] || ''; }
  /** An addressee's cell that is missing, or partly covered with an error. */
  function whoWanting(w, r) { var s = whoSt(w, r); return s === 'X' || (s === 'P' && D.who[w][6].charAt(r) === '1'); }

  /**
   * Documents, addressees and tasks that pass the filters. The search narrows documents and
   * addressees when it names some (a number, an agency, a province), else the tasks (by id, text,
   * lead or coordinating agency), else nothing.
   */
  function selection() {
    var q = fold(state.q.trim());
    var cols = [], rows = [], who = [];
    var qDocs = false, qRows = false, qWho = false;
    if (q) {
      qDocs = colKey.some(function (k, i) { return k.indexOf(q) >= 0 && passes(i); });
      qWho = whoKey.some(function (k) { return k.indexOf(q) >= 0; });
      qRows = rowKey.some(function (k) { return k.indexOf(q) >= 0; });
    }
    var byName = qDocs || qWho;
    for (var i = 0; i < D.cols.length; i++) if (passes(i) && (!qDocs || colKey[i].indexOf(q) >= 0)) cols.push(i);
    for (var r = 0; r < R; r++) if (!qRows || byName || rowKey[r].indexOf(q) >= 0) rows.push(r);
    var docProvinces = {};
    cols.forEach(function (c) { docProvinces[D.cols[c][3]] = true; });
    for (var w = 0; w < D.who.length; w++) {
      if (state.province !== '' && String(D.who[w][1]) !== state.province) continue;
      if (byName && whoKey[w].indexOf(q) < 0 && !(qDocs && D.who[w][1] >= 0 && docProvinces[D.who[w][1]])) continue;
      who.push(w);
    }
    if (q && !byName && !qRows) { cols = []; who = []; }
    if (state.missing) who = who.filter(function (w) { return rows.some(function (r) { return whoWanting(w, r); }); });
    return { cols: cols, rows: rows, who: who, q: q, matched: !q || byName || qRows };
  }
  function passes(i) {
    var c = D.cols[i];
    return (state.agency === '' || String(c[4]) === state.agency) && (state.province === '' || String(c[3]) === state.province);
  }
  function counts(cols, r) {
    var n = { C: 0, P: 0, M: 0, A: 0, X: 0, U: 0, '.': 0 };
    cols.forEach(function (c) { n[st(c, r)]++; });
    return n;
  }
  function dominant(n) { return n.X ? 'X' : n.P ? 'P' : n.C ? 'C' : n.M ? 'M' : n.A ? 'A' : n.U ? 'U' : 'N'; }
  function summaryText(n, single) {
    if (n.X || (n.P && !state.missing)) {
      var parts = [];
      if (n.X) parts.push((single ? '' : n.X) + D.marks.X);
      if (n.P && !state.missing) parts.push((single ? '' : n.P) + D.marks.P);
      return parts.join(' ');
    }
    return n.C ? D.marks.C : n.M ? D.marks.M : n.A ? D.marks.A : n.U ? D.marks.U : D.marks['.'];
  }
  function tip(n) {
    return ['C', 'P', 'X', 'M', 'A', 'U'].filter(function (k) { return n[k]; }).map(function (k) { return D.marks[k] + ' ' + W.status[k] + ': ' + n[k]; }).join(' · ');
  }
  /** (covered + 0.5 × partly) / (covered + partly + missing) over every must row: filters on rows do not change it. */
  function coverage(cols) {
    var c = 0, p = 0, x = 0;
    D.rows.forEach(function (_, r) { if (!D.rows[r][2]) return; cols.forEach(function (i) { var s = st(i, r); if (s === 'C') c++; else if (s === 'P') p++; else if (s === 'X') x++; }); });
    var t = c + p + x;
    return t ? pct((c + 0.5 * p) / t * 100) : '—';
  }
  function pct(v) { var f = Math.floor(v * 10) / 10; var s = f % 1 === 0 ? String(f) : f.toFixed(1); return D.lang === 'vi' ? s.replace('.', ',') : s; }
  /** A task as a column head: its id (↗ for a ministry's task), its deadline below. */
  function taskHead(r) {
    var row = D.rows[r];
    return '<th class="t' + (row[2] ? '' : ' mirror') + '" title="' + esc(row[0] + ' — ' + row[1] + ' — ' + row[3] + (row[4] ? ' — ' + row[4] : '') + (row[5] ? ' — ' + row[5] : '')) + '"><b>' + esc(row[0]) + '</b><small>' + esc(row[6] || '') + '</small></th>';
  }

  function renderOverview(sel) {
    if (!sel.who.length || !sel.rows.length) { $('overview').innerHTML = '<p class="empty">' + esc(sel.matched ? W.nothing : W.noMatch) + '</p>'; return; }
    var h = ['<table class="m" id="overview-table"><thead><tr><th class="row">' + esc(W.addressee) + '</th>'];
    sel.rows.forEach(function (r) { h.push(taskHead(r)); });
    h.push('</tr></thead><tbody>');
    var level = null;
    sel.who.forEach(function (w) {
      var a = D.who[w], p = a[1];
      var first = level !== null && level !== a[2];
      level = a[2];
      var docs = a[7] ? D.marks.X + ' ' + W.noDocument : a[8];
      h.push('<tr' + (first ? ' class="first-level"' : '') + '><th class="row' + (p >= 0 ? ' open-able' + (p === state.open ? ' open' : '') : '') + '"' + (p >= 0 ? ' data-p="' + p + '"' : '') + ' title="' + esc(a[0] + ' — ' + a[2] + ' — ' + docs + (p >= 0 ? ' — ' + W.openHint : '')) + '"><b>' + esc(short(a[0])) + '</b><small>' + esc(docs) + '</small></th>');
      sel.rows.forEach(function (r) {
        var s = whoSt(w, r);
        if (state.missing && !whoWanting(w, r)) s = '.';
        var ids = s === '.' ? '' : whoPart(w, 4, r), due = s === 'X' || s === 'P' ? whoPart(w, 5, r) : '';
        var small = due || ids;
        h.push('<td class="c ' + (s === '.' ? 'N' : s) + '" title="' + esc(a[0] + ' · ' + D.rows[r][0] + ' — ' + W.status[s] + (ids ? ' (' + ids + ')' : '') + (due ? ' — ' + W.deadline + ': ' + due : '')) + '">' + D.marks[s] + (small ? '<small>' + esc(small) + '</small>' : '') + '</td>');
      });
      h.push('</tr>');
    });
    h.push('</tbody></table>');
    $('overview').innerHTML = '<div class="scroll">' + h.join('') + '</div>';
  }

  function docCell(c, r) {
    var s = st(c, r), list = why[c * R + r] || [], id = ids(c, r);
    var t = D.cols[c][0] + ' · ' + D.rows[r][0] + ' — ' + W.status[s] + (id ? ' (' + id + ')' : '') + list.map(function (w) { return '\\n• ' + w[3]; }).join('');
    // The task's deadline beside a gap: by when it was owed.
    var small = (s === 'X' || s === 'P') && D.rows[r][6] ? D.rows[r][6] : id;
    return '<td class="c ' + (s === '.' ? 'N' : s) + '" title="' + esc(t) + '">' + D.marks[s] + (small ? '<small>' + esc(small) + '</small>' : '') + '</td>';
  }

  /** One province in detail: a row per document (its communes in one row until expanded), the tasks across. */
  function renderDetail(sel) {
    var p = state.province !== '' ? Number(state.province) : state.open;
    var box = $('detail');
    if (p === -1 && state.province === '') { box.innerHTML = '<p class="empty">' + esc(W.pickProvince) + '</p>'; return; }
    var cols = sel.cols.filter(function (c) { return D.cols[c][3] === p; });
    var upper = cols.filter(function (c) { return D.cols[c][2] !== COMMUNE; });
    var communes = cols.filter(function (c) { return D.cols[c][2] === COMMUNE; });
    if (state.missing) {
      var hasX = function (c) { return sel.rows.some(function (r) { return wanting(c, r); }); };
      upper = upper.filter(hasX);
      if (state.communes) communes = communes.filter(hasX);
    }
    var head = '<div class="detail-head"><h2>' + esc(provName(p)) + '</h2><span>' + cols.length + ' ' + W.documents + ' · ' + W.coverage + ' ' + coverage(cols) + ' %</span>' +
      (communes.length ? '<button id="communes">' + esc((state.communes ? W.hideCommunes : W.showCommunes) + ' (' + communes.length + ')') + '</button>' : '') + '</div>';
    if (!sel.rows.length || (!upper.length && !communes.length)) { box.innerHTML = head + '<p class="empty">' + esc(W.nothing) + '</p>'; return; }
    var h = ['<table class="m" id="detail-table"><thead><tr><th class="row">' + esc(W.document) + '</th>'];
    sel.rows.forEach(function (r) { h.push(taskHead(r)); });
    h.push('<th class="t">' + esc(W.coverage) + ' %</th></tr></thead><tbody>');
    var docRow = function (c, label, sub) {
      h.push('<tr><th class="row doc" title="' + esc(D.cols[c][0] + ' — ' + D.cols[c][1] + ' — ' + D.cols[c][8]) + '"><b>' + esc(label) + '</b><small>' + esc(sub) + '</small></th>');
      sel.rows.forEach(function (r) { h.push(docCell(c, r)); });
      h.push('<td class="c">' + coverage([c]) + '</td></tr>');
    };
    upper.forEach(function (c) { docRow(c, D.cols[c][0], short(D.cols[c][1])); });
    if (communes.length && !state.communes) {
      h.push('<tr><th class="row doc" title="' + esc(W.communesAll) + '"><b>' + esc(W.communesAll + ' (' + communes.length + ')') + '</b></th>');
      sel.rows.forEach(function (r) {
        var n = counts(communes, r);
        h.push('<td class="c ' + dominant(n) + '" title="' + esc(W.communesAll + ' · ' + D.rows[r][0] + ' — ' + (tip(n) || W.status['.'])) + '">' + summaryText(n, false) + '</td>');
      });
      h.push('<td class="c">' + coverage(communes) + '</td></tr>');
    }
    if (state.communes) communes.forEach(function (c) { docRow(c, short(D.cols[c][1]).replace(/^UBND\\s+/, ''), D.cols[c][0]); });
    h.push('</tbody></table>');
    box.innerHTML = head + '<div class="scroll">' + h.join('') + '</div>';
    var b = $('communes');
    if (b) b.onclick = function () { state.communes = !state.communes; render(); };
  }

  function renderGaps(sel) {
    var q = sel.q, out = [], total = 0, x = 0, p = 0;
    var cols = D.cols.map(function (_, i) { return i; }).filter(passes);
    var rows = D.rows.map(function (_, r) { return r; });
    cols.forEach(function (c) {
      rows.forEach(function (r) {
        var s = st(c, r);
        if (s !== 'X' && (s !== 'P' || (state.missing && !wanting(c, r)))) return;
        var list = why[c * R + r] || [];
        if (q && colKey[c].indexOf(q) < 0 && rowKey[r].indexOf(q) < 0 && !list.some(function (w) { return fold(w[3]).indexOf(q) >= 0; })) return;
        total++; if (s === 'X') x++; else p++;
        if (out.length < state.limit) out.push([c, r, s, list]);
      });
    });
    $('count').textContent = W.counts.replace('{docs}', sel.cols.length).replace('{x}', x).replace('{p}', p);
    if (!total) { $('gaps').innerHTML = '<p class="empty">' + esc(W.noGaps) + '</p>'; return; }
    var h = ['<table class="gaps" id="gaps-table"><thead><tr><th>' + esc(W.province) + '</th><th>' + esc(W.document) + '</th><th>' + esc(W.issuer) + '</th><th>' + esc(W.task) + '</th><th>' + esc(W.state) + '</th><th>' + esc(W.localTasks) + '</th><th>' + esc(W.reason) + '</th></tr></thead><tbody>'];
    out.forEach(function (g) {
      var c = D.cols[g[0]];
      h.push('<tr data-status="' + g[2] + '"><td>' + esc(provName(c[3])) + '</td><td>' + esc(c[0]) + '<br><code>' + esc(c[8] || c[7]) + '</code></td><td>' + esc(c[1]) + '</td><td><b>' + esc(D.rows[g[1]][0]) + '</b>' + (D.rows[g[1]][5] ? '<br><small>' + esc(D.rows[g[1]][5]) + '</small>' : '') + '</td><td class="st ' + g[2] + '">' + D.marks[g[2]] + ' ' + esc(W.status[g[2]]) + '</td><td>' + esc(ids(g[0], g[1])) + '</td><td>' +
        g[3].map(function (w) { return esc(w[3]) + ' <code>' + esc(w[2]) + '</code>'; }).join('<br>') + '</td></tr>');
    });
    h.push('</tbody></table>');
    if (total > out.length) h.push('<p><button class="more" id="more">' + esc(W.more.replace('{n}', total - out.length)) + '</button></p>');
    $('gaps').innerHTML = h.join('');
    var m = $('more');
    if (m) m.onclick = function () { state.limit += 300; render(); };
  }

  function render() {
    var sel = selection();
    renderOverview(sel);
    renderDetail(sel);
    renderGaps(sel);
  }

  $('missing-only').onchange = function (e) { state.missing = e.target.checked; render(); };
  $('agency').onchange = function (e) { state.agency = e.target.value; render(); };
  $('province').onchange = function (e) { state.province = e.target.value; state.open = e.target.value === '' ? state.open : Number(e.target.value); state.communes = false; render(); };
  var timer;
  $('q').oninput = function (e) { clearTimeout(timer); timer = setTimeout(function () { state.q = e.target.value; state.limit = 300; render(); }, 120); };
  $('overview').onclick = function (e) {
    var th = e.target.closest ? e.target.closest('th[data-p]') : null;
    if (!th) return;
    state.open = Number(th.getAttribute('data-p'));
    state.communes = false;
    render();
    $('detail').scrollIntoView({ behavior: 'smooth', block: 'start' });
  };
  if (D.provinces.length === 1) state.open = 0;
  state.missing = $('missing-only').checked;
  state.q = $('q').value;
  render();
  document.body.setAttribute('data-ready', '1');
})();
`;
