// The review desk of perftargets serve. No framework, no other origin: the page talks to /api of the server that
// served it. Every text from a document or a message is set with textContent; the one piece of markup inserted is
// the library's review view (/api/render?review=true), whose renderer escapes every value, parsed inert with
// DOMParser and cleaned of anything active before it is inserted; the Content-Security-Policy forbids inline script
// in any case.
'use strict';

(function () {
  const WORDS = {
    'zh-CN': {
      title: '绩效目标审阅台', language: '语言', open: '打开文件',
      dropHelp: '把文件拖到这里，或选择文件：Word 提取的文本（.txt）、CSV、XLSX 或交换 JSON。文件只在本机的服务中处理，不会存储。',
      choose: '选择文件…', summary: '汇总', download: '下载：', byRule: '按规则', byTable: '按表', rule: '规则',
      severity: '严重程度', count: '数量', tablesCol: '涉及表数', table: '表', error: '错误', warning: '警告', info: '提示',
      findings: '问题列表', tables: '各表', all: '全部', reading: '正在读取 {0}…', done: '{0}：{1} 张表，{2} 个错误，{3} 个警告，{4} 个提示。',
      shown: '显示 {0} / {1} 条', inTables: '{0} 条，涉及 {1} 张表', tableN: '表 {0}', documentLevel: '整个文档',
      noFindings: '没有发现问题。', failed: '请求失败：{0}', file: '文件', ruleSet: '规则集', jump: '跳到单元格：{0}',
      hint: '建议：', diagnostics: '诊断'
    },
    en: {
      title: 'Performance target review desk', language: 'Language', open: 'Open a file',
      dropHelp: 'Drop a file here, or choose one: the text extracted from a Word document (.txt), CSV, XLSX or exchange JSON. The file is processed by this local server only and never stored.',
      choose: 'Choose a file…', summary: 'Summary', download: 'Download:', byRule: 'By rule', byTable: 'By table', rule: 'Rule',
      severity: 'Severity', count: 'Count', tablesCol: 'Tables', table: 'Table', error: 'Error', warning: 'Warning', info: 'Info',
      findings: 'Findings', tables: 'Tables', all: 'All', reading: 'Reading {0}…', done: '{0}: {1} tables, {2} errors, {3} warnings, {4} infos.',
      shown: 'Showing {0} of {1}', inTables: '{0} findings in {1} tables', tableN: 'Table {0}', documentLevel: 'Whole document',
      noFindings: 'No findings.', failed: 'The request failed: {0}', file: 'File', ruleSet: 'Rule set', jump: 'Go to the cell: {0}',
      hint: 'Hint: ', diagnostics: 'Diagnostics'
    }
  };
  const SYMBOL = { error: '✖', warning: '▲', info: 'ℹ' };
  const ORDER = { error: 0, warning: 1, info: 2 };

  const $ = (id) => document.getElementById(id);
  // Chinese unless the address asks for English (?lang=en), which the language switch sets.
  let lang = new URLSearchParams(window.location.search).get('lang') === 'en' ? 'en' : 'zh-CN';
  let current = null; // { file, report, tables: [{ index, title }], formats }
  let formats = ['html', 'markdown'];
  let ruleTitles = {};
  let rulesLoaded = Promise.resolve();

  function t(key, ...args) {
    const text = (WORDS[lang] && WORDS[lang][key]) || WORDS['zh-CN'][key] || key;
    return text.replace(/\{(\d)\}/g, (_, i) => String(args[Number(i)]));
  }

  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    if (props) {
      for (const [name, value] of Object.entries(props)) {
        if (name === 'text') { node.textContent = value; }
        else if (name === 'class') { node.className = value; }
        else if (name.startsWith('on')) { node.addEventListener(name.slice(2), value); }
        else { node.setAttribute(name, value); }
      }
    }
    for (const child of children) {
      if (child !== null && child !== undefined) { node.append(child); }
    }
    return node;
  }

  function severityLabel(severity) {
    const span = el('span', { class: 'sev-' + severity });
    span.append(el('span', { class: 'sev-symbol', 'aria-hidden': 'true', text: SYMBOL[severity] || '' }), t(severity));
    return span;
  }

  function applyWords() {
    document.documentElement.lang = lang;
    document.title = t('title') + ' · PerformanceTargets';
    for (const node of document.querySelectorAll('[data-t]')) { node.textContent = t(node.dataset.t); }
    $('lang').value = lang;
  }

  async function api(path, file, accept) {
    const body = new FormData();
    body.append('file', file, file.name);
    const headers = { 'Accept-Language': lang };
    if (accept) { headers.Accept = accept; }
    const response = await fetch(path, { method: 'POST', body, headers });
    if (!response.ok) {
      let problem = null;
      try { problem = await response.json(); } catch { problem = null; }
      const error = new Error((problem && (problem.detail || problem.title)) || String(response.status));
      error.problem = problem;
      throw error;
    }
    return response;
  }

  function showProblem(error) {
    const box = $('problem');
    box.replaceChildren();
    const problem = error.problem;
    box.append(el('p', null, el('strong', { text: t('failed', problem && problem.title ? problem.title : error.message) })));
    if (problem && problem.detail) { box.append(el('p', { text: problem.detail })); }
    if (problem && Array.isArray(problem.diagnostics) && problem.diagnostics.length > 0) {
      const list = el('ul');
      for (const d of problem.diagnostics.slice(0, 200)) {
        const where = d.location ? ' (' + d.location.line + (d.location.column ? ':' + d.location.column : '') + ')' : '';
        list.append(el('li', null, severityLabel(d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'info'), ' ', el('code', { text: d.code }), where + ' ' + d.message));
      }
      box.append(el('p', { text: t('diagnostics') }), list);
    }
    box.hidden = false;
  }

  async function open(file) {
    $('problem').hidden = true;
    $('status').textContent = t('reading', file.name);
    // The findings come first; the tables are rendered beside them when the document can be read at all (a document
    // that cannot be read still has its reading or import errors as findings).
    const [reportResult, htmlResult] = await Promise.allSettled([
      api('/api/validate', file).then((response) => response.json()),
      api('/api/render?format=html&review=true', file).then((response) => response.text())
    ]);
    if (reportResult.status === 'rejected') {
      $('status').textContent = '';
      $('summary').hidden = true;
      $('work').hidden = true;
      showProblem(reportResult.reason);
      return;
    }
    await rulesLoaded;
    const report = reportResult.value;
    current = { file, report: report.files[0], ruleSetVersion: report.ruleSetVersion, tables: [] };
    insertReview(htmlResult.status === 'fulfilled' ? htmlResult.value : '');
    if (htmlResult.status === 'rejected') { showProblem(htmlResult.reason); }
    showSummary();
    fillFilters();
    showFindings();
    const r = current.report;
    $('status').textContent = t('done', file.name, current.tables.length, r.errors, r.warnings, r.infos);
    $('summary').hidden = false;
    $('work').hidden = false;
  }

  // The library's review view: parsed inert, cleaned, and only its tables (and part 1) taken.
  function insertReview(html) {
    // The page's own style sheet is left out before parsing (the desk has its own; parsing it would only be blocked
    // by the policy). Data cannot close it early: the renderer escapes every '<' of the data.
    const parsed = new DOMParser().parseFromString(html.replace(/<style[^>]*>[\s\S]*?<\/style>/gi, ''), 'text/html');
    for (const node of parsed.querySelectorAll('script, style, link, meta, iframe, object, embed, base, form, svg, math, template')) { node.remove(); }
    for (const node of parsed.querySelectorAll('*')) {
      for (const attribute of [...node.attributes]) {
        const name = attribute.name.toLowerCase();
        if (name.startsWith('on') || name === 'style' || name === 'srcdoc' || ((name === 'href' || name === 'src') && !attribute.value.startsWith('#'))) {
          node.removeAttribute(attribute.name);
        }
      }
    }
    const target = $('document');
    target.replaceChildren();
    const main = parsed.querySelector('main');
    if (main) {
      for (const part of main.querySelectorAll(':scope > section.part')) { target.append(document.importNode(part, true)); }
    }
    current.tables = [...target.querySelectorAll('section.project')].map((section, index) => {
      const heading = section.querySelector('h3');
      return { index, id: section.id, title: heading ? heading.textContent : t('tableN', index + 1) };
    });
  }

  function tableOf(finding) {
    const match = /^\/projects\/(\d+)(?:\/|$)/.exec(finding.pointer || '');
    return match ? Number(match[1]) : null;
  }

  function tableName(index) {
    if (index === null) { return t('documentLevel'); }
    const table = current.tables[index];
    return table ? table.title : t('tableN', index + 1);
  }

  function showSummary() {
    const r = current.report;
    $('file-line').textContent = t('file') + ': ' + (r.file || current.file.name) + ' · ' + t('ruleSet') + ' ' + current.ruleSetVersion;
    const counts = $('counts');
    counts.replaceChildren();
    for (const [severity, value] of [['error', r.errors], ['warning', r.warnings], ['info', r.infos]]) {
      const span = el('span', { class: 'count' }, severityLabel(severity), ' ' + value);
      counts.append(span);
    }
    if (r.findings.length === 0) { counts.append(el('span', { text: t('noFindings') })); }

    const byRule = new Map();
    for (const f of r.findings) {
      const entry = byRule.get(f.ruleId) || { severity: f.severity, count: 0, tables: new Set() };
      entry.count++;
      entry.tables.add(tableOf(f));
      if (ORDER[f.severity] < ORDER[entry.severity]) { entry.severity = f.severity; }
      byRule.set(f.ruleId, entry);
    }
    const ruleRows = [...byRule.entries()].sort((a, b) => ORDER[a[1].severity] - ORDER[b[1].severity] || b[1].count - a[1].count || a[0].localeCompare(b[0]));
    const ruleBody = $('by-rule').tBodies[0];
    ruleBody.replaceChildren();
    for (const [rule, entry] of ruleRows) {
      const button = el('button', { type: 'button', text: rule, onclick: () => { $('f-rule').value = rule; showFindings(); $('f-rule').focus(); } });
      ruleBody.append(el('tr', null, el('td', null, button), el('td', null, severityLabel(entry.severity)), el('td', { class: 'num', text: String(entry.count) }), el('td', { class: 'num', text: String([...entry.tables].filter((x) => x !== null).length) })));
    }

    const tableBody = $('by-table').tBodies[0];
    tableBody.replaceChildren();
    current.tables.forEach((table) => {
      const mine = r.findings.filter((f) => tableOf(f) === table.index);
      const count = (s) => String(mine.filter((f) => f.severity === s).length);
      const button = el('button', { type: 'button', text: table.title, onclick: () => { $('f-table').value = String(table.index); showFindings(); jumpToTable(table.index); } });
      tableBody.append(el('tr', null, el('td', null, button), el('td', { class: 'num', text: count('error') }), el('td', { class: 'num', text: count('warning') }), el('td', { class: 'num', text: count('info') })));
    });

    const downloads = $('downloads');
    downloads.replaceChildren(el('span', { text: t('download') + ' ' }));
    const base = current.file.name.replace(/\.[^.]*$/, '') || 'document';
    downloads.append(el('button', { type: 'button', text: 'JSON', 'data-download': 'json', onclick: () => download('/api/import?envelope=false', null, base + '.json') }));
    downloads.append(el('button', { type: 'button', text: 'SARIF', 'data-download': 'sarif', onclick: () => download('/api/validate', 'application/sarif+json', base + '.sarif') }));
    const extensions = { html: 'html', markdown: 'md', docx: 'docx', xlsx: 'xlsx' };
    for (const format of formats) {
      const name = format === 'html' ? 'HTML' : format === 'markdown' ? 'Markdown' : format.toUpperCase();
      const query = format === 'html' ? 'format=html&review=true' : 'format=' + encodeURIComponent(format);
      downloads.append(el('button', { type: 'button', text: name, 'data-download': format, onclick: () => download('/api/render?' + query, null, base + '.' + (extensions[format] || format)) }));
    }
  }

  async function download(path, accept, name) {
    try {
      const response = await api(path, current.file, accept);
      const blob = await response.blob();
      const url = URL.createObjectURL(blob);
      const link = el('a', { href: url, download: name });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60000);
    } catch (error) {
      showProblem(error);
    }
  }

  function option(value, text) { return el('option', { value, text }); }

  function fillFilters() {
    const findings = current.report.findings;
    const severity = $('f-severity');
    severity.replaceChildren(option('', t('all')), ...['error', 'warning', 'info'].map((s) => option(s, SYMBOL[s] + ' ' + t(s))));
    const rules = [...new Set(findings.map((f) => f.ruleId))].sort();
    $('f-rule').replaceChildren(option('', t('all')), ...rules.map((r) => option(r, r)));
    const table = $('f-table');
    table.replaceChildren(option('', t('all')), option('doc', t('documentLevel')), ...current.tables.map((x) => option(String(x.index), x.title)));
  }

  // The findings, grouped: one entry per rule ("PT402 · 33 in 9 tables"), in it each message once with the places it
  // occurs, and a hint shared by all of them shown once.
  function showFindings() {
    const severity = $('f-severity').value;
    const rule = $('f-rule').value;
    const table = $('f-table').value;
    const all = current.report.findings.map((f, i) => ({ f, i, table: tableOf(f) }));
    const shown = all.filter(({ f, table: x }) =>
      (!severity || f.severity === severity) && (!rule || f.ruleId === rule) &&
      (!table || (table === 'doc' ? x === null : x === Number(table))));
    const groups = new Map();
    for (const item of shown) {
      const group = groups.get(item.f.ruleId) || { rule: item.f.ruleId, severity: item.f.severity, items: [], messages: new Map() };
      group.items.push(item);
      if (ORDER[item.f.severity] < ORDER[group.severity]) { group.severity = item.f.severity; }
      const key = item.f.severity + '\u0000' + item.f.message;
      const messages = group.messages.get(key) || [];
      messages.push(item);
      group.messages.set(key, messages);
      groups.set(item.f.ruleId, group);
    }
    const list = $('finding-list');
    list.replaceChildren();
    const sorted = [...groups.values()].sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || a.rule.localeCompare(b.rule));
    for (const group of sorted) {
      const tables = new Set(group.items.map((x) => x.table).filter((x) => x !== null));
      const head = el('p', { class: 'head' }, severityLabel(group.severity), ' ', el('code', { class: 'rule', text: group.rule }));
      if (ruleTitles[group.rule]) { head.append(' ' + ruleTitles[group.rule]); }
      head.append(el('span', { class: 'tally', text: ' · ' + t('inTables', group.items.length, tables.size) }));
      const entry = el('li', { class: group.severity, 'data-rule': group.rule }, head);
      const hints = new Set(group.items.map((x) => x.f.hint || ''));
      const sharedHint = hints.size === 1 ? group.items[0].f.hint : null;
      if (sharedHint) { entry.append(el('p', { class: 'hint', text: t('hint') + sharedHint })); }
      const messages = el('ul', { class: 'messages' });
      for (const items of group.messages.values()) {
        const f = items[0].f;
        const item = el('li', { class: 'message-group ' + f.severity }, el('p', { class: 'message' }, severityLabel(f.severity), ' ', f.message));
        if (!sharedHint && f.hint) { item.append(el('p', { class: 'hint', text: t('hint') + f.hint })); }
        const places = el('ul', { class: 'places' });
        for (const occurrence of items) {
          const label = occurrence.table === null ? t('documentLevel') : t('tableN', occurrence.table + 1);
          places.append(el('li', null, el('button', {
            type: 'button', text: label, title: t('jump', tableName(occurrence.table)),
            'aria-label': t('jump', tableName(occurrence.table)) + ' · ' + f.ruleId,
            'data-finding': String(occurrence.i), onclick: () => jumpToFinding(occurrence.i)
          })));
        }
        item.append(places);
        messages.append(item);
      }
      entry.append(messages);
      list.append(entry);
    }
    $('shown').textContent = t('shown', shown.length, all.length);
  }

  function jumpToTable(index) {
    const section = current.tables[index] && document.getElementById(current.tables[index].id);
    if (section) { focusOn(section); }
  }

  // The cell of a finding: in its table, the n-th box with the same rule and message, n counted in report order.
  function jumpToFinding(i) {
    const findings = current.report.findings;
    const finding = findings[i];
    const table = tableOf(finding);
    const root = table === null ? $('document') : document.getElementById(current.tables[table] ? current.tables[table].id : '');
    if (!root) { return; }
    let n = 0;
    for (let k = 0; k < i; k++) {
      const other = findings[k];
      if (tableOf(other) === table && other.ruleId === finding.ruleId && other.message === finding.message) { n++; }
    }
    const boxes = [...root.querySelectorAll('.finding')].filter((box) => {
      const rule = box.querySelector('.rule');
      const message = box.querySelector('.message');
      return rule && message && rule.textContent === finding.ruleId && message.textContent === finding.message;
    });
    const box = boxes[Math.min(n, boxes.length - 1)];
    const cell = box ? box.closest('td, th, p, li') || box : root;
    focusOn(cell);
  }

  function focusOn(node) {
    for (const old of document.querySelectorAll('.target-cell')) { old.classList.remove('target-cell'); }
    node.classList.add('target-cell');
    if (!node.hasAttribute('tabindex')) { node.setAttribute('tabindex', '-1'); }
    node.scrollIntoView({ block: 'center' });
    node.focus({ preventScroll: true });
  }

  async function loadRules() {
    try {
      const response = await fetch('/api/rules', { headers: { 'Accept-Language': lang } });
      if (response.ok) {
        const list = await response.json();
        ruleTitles = {};
        for (const rule of list.rules) { ruleTitles[rule.id] = rule.title; }
      }
    } catch {
      ruleTitles = {};
    }
  }

  async function loadFormats() {
    try {
      const response = await fetch('/api/info', { headers: { 'Accept-Language': lang } });
      if (response.ok) {
        const info = await response.json();
        if (Array.isArray(info.renderFormats)) { formats = info.renderFormats; }
      }
    } catch {
      // the two formats every build has
    }
  }

  function start() {
    applyWords();
    loadFormats();
    rulesLoaded = loadRules();
    const input = $('file');
    const drop = $('drop');
    $('choose').addEventListener('click', () => input.click());
    drop.addEventListener('keydown', (event) => {
      if ((event.key === 'Enter' || event.key === ' ') && event.target === drop) { event.preventDefault(); input.click(); }
    });
    input.addEventListener('change', () => { if (input.files && input.files[0]) { open(input.files[0]); } });
    drop.addEventListener('dragover', (event) => { event.preventDefault(); drop.classList.add('over'); });
    drop.addEventListener('dragleave', () => drop.classList.remove('over'));
    drop.addEventListener('drop', (event) => {
      event.preventDefault();
      drop.classList.remove('over');
      if (event.dataTransfer && event.dataTransfer.files[0]) { open(event.dataTransfer.files[0]); }
    });
    for (const id of ['f-severity', 'f-rule', 'f-table']) { $(id).addEventListener('change', showFindings); }
    $('lang').addEventListener('change', () => {
      lang = $('lang').value === 'en' ? 'en' : 'zh-CN';
      history.replaceState(null, '', lang === 'en' ? '?lang=en' : window.location.pathname);
      applyWords();
      rulesLoaded = loadRules();
      if (current) { open(current.file); }
    });
  }

  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
}());
