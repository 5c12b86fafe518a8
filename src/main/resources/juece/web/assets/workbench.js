/*
 * juece workbench (SPEC §8.1): a legal adviser checks a dossier without writing YAML.
 *
 * The form is built from GET /v1/format, the same declaration the loader validates against and the
 * JSON Schema is generated from. The dossier is one tree (the model): the form edits it and writes
 * the YAML text from it (yaml.js); an edit of the text is read by the server's one reader
 * (POST /v1/parse), whose tree becomes the model again. Every change is checked after a pause
 * (POST /v1/check, /v1/timeline, /v1/plan); [data-action=check] checks at once.
 *
 * Everything here is served by juece itself (closed intranets: no CDN), plain ES2017 for Chromium 90
 * (360 / QQ dual-core browsers): no optional chaining, no ??, no Array.prototype.at, no
 * structuredClone, no modules. A test holds these out (WorkbenchSourceTest).
 */
(function () {
  'use strict';

  var DEBOUNCE_MS = 600;
  var LANG_KEY = 'juece.lang';

  var T = {
    zh: {
      title: '决策程序工作台', skip: '跳到检查结果', open: '打开档案…', 'new.md': '新建重大行政决策', 'new.nd': '新建行政规范性文件',
      'download.yaml': '下载档案 (.yaml)', 'as-of': '检查日期', profile: '规则档案', gate: '检查节点', 'gate.none': '全部程序',
      'gate.legality_review': '合法性审查前', 'gate.collective_decision': '集体讨论前', 'gate.publication': '公布前',
      check: '立即检查', 'toolbar.dossier': '档案', 'toolbar.check': '检查',
      'form.title': '表单', 'form.hint': '按程序顺序填写；每一步选择“已完成”“未进行”或“未知”。表单与 YAML 文本互相更新（从表单修改时，YAML 中的注释不保留）。',
      loading: '正在载入档案格式…', 'yaml.title': 'YAML 文本', 'results.title': '检查结果', 'download.report-label': '下载报告',
      'download.report': '下载', 'format.text': '文本', 'plan.title': '下一步与法定日期', 'timeline.title': '程序时间线',
      required: '必填', 'required-unless': '未填 {other} 时必填', unknown: '未知', done: '已完成', absent: '未进行', 'step-state': '{step}：是否进行',
      basis: '依据', 'yes': '是', 'no': '否', unset: '—（未填）', 'invalid-value': '（无法识别的值）{value}',
      'list-hint': '多项用“、”或逗号分隔', 'list-choice': '可多选', add: '添加', remove: '删除', item: '第 {n} 项',
      'status.pass': '通过', 'status.pass-warnings': '通过（有警告）', 'status.fail': '未通过', 'status.invalid': '无法检查', checking: '正在检查…',
      summary: '错误 {error} · 警告 {warning} · 提示 {info} · 已豁免 {waived}', 'no-findings': '没有发现问题。',
      'severity.error': '错误', 'severity.warning': '警告', 'severity.info': '提示', line: '第 {line} 行', waived: '已豁免',
      article: '条文', 'article.hide': '收起条文', 'article.loading': '正在载入条文…', purpose: '目的', comply: '如何符合',
      'plan.unavailable': '“下一步与法定日期”暂不可用：此服务器尚未提供 POST /v1/plan（juece plan 仍在开发中）。',
      'plan.none': '没有待办的法定期限。', 'plan.duty': '事项', 'plan.date': '日期', 'plan.bound': '期限', 'plan.status': '状态',
      'plan.basis': '依据', 'bound.earliest': '不早于', 'bound.latest': '不晚于', 'duty.open': '待办', 'duty.missed': '已错过',
      'duty.met': '已满足', 'duty.unknown': '无法确定', 'plan.steps': '各步骤', 'plan.error': '无法取得下一步：{message}',
      'step.done': '已完成', 'step.required': '须进行', 'step.not_required': '无须进行', 'step.later': '之后进行', 'step.unknown': '未知',
      'timeline.none': '档案能检查后，这里显示各步骤的时间线。', 'yaml-broken': 'YAML 文本有错误，暂时无法更新表单；请先改正文本（见检查结果）。表单显示的是最后一次能读取的内容。',
      'not-text': '此文件不是 UTF-8 文本，无法在此显示；检查结果给出读取器的说明。',
      'zip-opened': '已打开压缩包 {zip}：显示其中的档案 {file}（档案文件夹中另有 {count} 个文件，检查时一并核对证据）。',
      'zip-several': '压缩包中有 {n} 份档案，表单显示第一份；未修改时，检查结果与报告包含全部档案。',
      'opened': '已打开 {file}', 'network': '无法连接 juece 服务器：{message}', 'server-error': '服务器回答 {status}：{message}',
      'new-dossier': '新档案', 'kind-change': '档案类型已改为 {kind}：不适用于该类型的步骤已从档案中去掉。',
      'goto': '转到表单中的字段和 YAML 中的第 {line} 行', 'file-input': '打开档案（.yaml 或压缩的档案文件夹 .zip）',
      'downloaded': '已下载 {file}', 'findings.label': '问题列表'
    },
    en: {
      title: 'Decision procedure workbench', skip: 'Skip to the results', open: 'Open a dossier…', 'new.md': 'New major decision',
      'new.nd': 'New normative document', 'download.yaml': 'Download dossier (.yaml)', 'as-of': 'As of', profile: 'Profile',
      gate: 'Gate', 'gate.none': 'Whole procedure', 'gate.legality_review': 'Before legality review',
      'gate.collective_decision': 'Before the collective decision', 'gate.publication': 'Before publication',
      check: 'Check now', 'toolbar.dossier': 'Dossier', 'toolbar.check': 'Check',
      'form.title': 'Form', 'form.hint': 'Fill in the steps in the order of the procedure; for each step choose done, not done or unknown. The form and the YAML text update each other (an edit in the form drops the comments of the YAML).',
      loading: 'Loading the dossier format…', 'yaml.title': 'YAML text', 'results.title': 'Results', 'download.report-label': 'Download the report',
      'download.report': 'Download', 'format.text': 'Text', 'plan.title': 'Next steps and legal dates', 'timeline.title': 'Timeline of the procedure',
      required: 'required', 'required-unless': 'required without {other}', unknown: 'unknown', done: 'done', absent: 'not done', 'step-state': '{step}: was it done?',
      basis: 'Basis', 'yes': 'yes', 'no': 'no', unset: '— (not filled in)', 'invalid-value': '(value not recognised) {value}',
      'list-hint': 'separate several with commas', 'list-choice': 'choose any', add: 'Add', remove: 'Remove', item: 'item {n}',
      'status.pass': 'passes', 'status.pass-warnings': 'passes, with warnings', 'status.fail': 'fails', 'status.invalid': 'cannot be checked', checking: 'Checking…',
      summary: 'errors {error} · warnings {warning} · notes {info} · waived {waived}', 'no-findings': 'No findings.',
      'severity.error': 'error', 'severity.warning': 'warning', 'severity.info': 'info', line: 'line {line}', waived: 'waived',
      article: 'Article', 'article.hide': 'Hide the article', 'article.loading': 'Loading the article…', purpose: 'Purpose', comply: 'How to comply',
      'plan.unavailable': 'Next steps are not available: this server does not offer POST /v1/plan yet (juece plan is still being built).',
      'plan.none': 'No dated duty is open.', 'plan.duty': 'Duty', 'plan.date': 'Date', 'plan.bound': 'Bound', 'plan.status': 'Status',
      'plan.basis': 'Basis', 'bound.earliest': 'not before', 'bound.latest': 'by', 'duty.open': 'open', 'duty.missed': 'missed',
      'duty.met': 'met', 'duty.unknown': 'unknown', 'plan.steps': 'Steps', 'plan.error': 'Could not get the next steps: {message}',
      'step.done': 'done', 'step.required': 'required', 'step.not_required': 'not required', 'step.later': 'later', 'step.unknown': 'unknown',
      'timeline.none': 'Once the dossier can be checked, its steps are drawn here.', 'yaml-broken': 'The YAML text has errors, so the form cannot follow it; correct the text first (see the results). The form shows what was last read.',
      'not-text': 'This file is not UTF-8 text and cannot be shown here; the results give the reader\'s message.',
      'zip-opened': 'Opened {zip}: showing its dossier {file} ({count} other files in its folder; its evidence is checked with it).',
      'zip-several': 'The zip holds {n} dossiers; the form shows the first. Until it is edited, results and reports cover them all.',
      'opened': 'Opened {file}', 'network': 'Cannot reach the juece server: {message}', 'server-error': 'The server answered {status}: {message}',
      'new-dossier': 'new dossier', 'kind-change': 'The kind is now {kind}: steps that do not apply to it were removed from the dossier.',
      'goto': 'Go to the field in the form and line {line} of the YAML', 'file-input': 'Open a dossier (.yaml, or a zipped dossier folder .zip)',
      'downloaded': 'Downloaded {file}', 'findings.label': 'Findings'
    }
  };

  var state = {
    lang: 'zh',
    format: null,
    model: null,
    positions: {},
    readOk: true,
    source: { type: 'text', name: 'dossier.yaml', edited: true },
    remembered: {},
    controls: {},
    seq: 0,
    timer: null,
    lastReport: null,
    textEdited: false,
    problems: []
  };

  var $ = function (id) { return document.getElementById(id); };

  // ---- text ----

  function t(key, args) {
    var s = (T[state.lang] && T[state.lang][key]) || T.zh[key] || key;
    if (args) {
      Object.keys(args).forEach(function (k) { s = s.split('{' + k + '}').join(String(args[k])); });
    }
    return s;
  }

  function colon() {
    return state.lang === 'zh' ? '：' : ': ';
  }

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v === null || v === undefined || v === false) return;
        if (k === 'text') e.textContent = v;
        else if (k === 'className') e.className = v;
        else if (k.slice(0, 2) === 'on') e.addEventListener(k.slice(2), v);
        else e.setAttribute(k, v === true ? '' : v);
      });
    }
    (children || []).forEach(function (c) {
      if (c === null || c === undefined) return;
      e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return e;
  }

  function add(parent, child) {
    if (child) parent.appendChild(child);
  }

  function clone(v) {
    return v === undefined ? undefined : JSON.parse(JSON.stringify(v));
  }

  function isUnknown(v) {
    return typeof v === 'string' && (v.toLowerCase() === 'unknown' || v === '未知');
  }

  function notice(text) {
    var n = $('notice');
    n.textContent = text || '';
    n.hidden = !text;
    fit();
  }

  /** The three panes fill the window below the bar and the notice (whose heights vary with the window and the text). */
  function fit() {
    var main = document.querySelector('.workbench');
    var top = main.getBoundingClientRect().top + window.pageYOffset;
    document.documentElement.style.setProperty('--top', Math.ceil(top) + 'px');
  }

  // ---- the format ----

  function kind() {
    var k = state.model && state.model.kind;
    var kinds = state.format.vocabularies.Kind;
    for (var i = 0; i < kinds.length; i++) {
      var term = kinds[i];
      if (k === term.code || k === term.zh || term.synonyms.indexOf(k) >= 0) return term.code;
    }
    return null;
  }

  function resolve(shape) {
    if (shape.type === 'per_kind') return shape.by_kind[kind() || 'major_decision'];
    return shape;
  }

  function allowed(field) {
    var k = kind();
    return !k || field.allowed_for.indexOf(k) >= 0;
  }

  function rootField(key) {
    var fields = state.format.root.fields;
    for (var i = 0; i < fields.length; i++) if (fields[i].key === key) return fields[i];
    return null;
  }

  /** The key order of the mapping at a path ('' the root, 'evidence[]' an item): the form's, for the YAML. */
  function orderOf(path) {
    if (path === '') {
      var keys = [];
      state.format.sections.forEach(function (s) { keys = keys.concat(s.keys); });
      return keys;
    }
    var shape = state.format.root;
    var parts = path.split('.');
    for (var i = 0; i < parts.length; i++) {
      var part = parts[i];
      var item = /\[\]$/.test(part);
      var name = item ? part.slice(0, -2) : part;
      shape = resolve(shape);
      if (shape.type !== 'object') return null;
      var f = null;
      for (var j = 0; j < shape.fields.length; j++) if (shape.fields[j].key === name) f = shape.fields[j];
      if (!f) return null;
      shape = resolve(f.shape);
      if (item) {
        if (shape.type !== 'list') return null;
        shape = resolve(shape.item);
      }
    }
    shape = resolve(shape);
    return shape.type === 'object' ? shape.fields.map(function (f) { return f.key; }) : null;
  }

  function vocabulary(name) {
    return state.format.vocabularies[name] || [];
  }

  /** The code a written value names (code, Chinese term or synonym), or null. */
  function codeOf(vocab, v) {
    var terms = vocabulary(vocab);
    for (var i = 0; i < terms.length; i++) {
      var term = terms[i];
      if (v === term.code || v === term.zh || term.synonyms.indexOf(v) >= 0) return term.code;
    }
    return null;
  }

  /** A term as a dropdown shows it: its name in the reader's language (the code is its value, and the YAML's). */
  function termLabel(term) {
    return state.lang === 'zh' ? term.zh : term.en;
  }

  function termGloss(term) {
    return state.lang === 'zh' ? term.gloss_zh : term.gloss_en;
  }

  function fieldLabel(field) {
    return state.lang === 'zh' ? field.zh : field.en;
  }

  /** "重大行政决策程序暂行条例 第二十五条、第二十六条" from the step's bases for this kind. */
  function basisText(step) {
    var s = state.format.steps[step];
    if (!s) return '';
    var byKind = s.basis[kind() || 'major_decision'] || { zh: [], en: [] };
    var list = byKind[state.lang] || [];
    if (state.lang === 'en') return list.join('; ');
    var groups = [];
    var index = {};
    list.forEach(function (b) {
      var cut = b.lastIndexOf(' ');
      var instrument = cut > 0 ? b.slice(0, cut) : b;
      var article = cut > 0 ? b.slice(cut + 1) : '';
      if (!(instrument in index)) {
        index[instrument] = groups.length;
        groups.push({ instrument: instrument, articles: [] });
      }
      var g = groups[index[instrument]];
      if (article && g.articles.indexOf(article) < 0) g.articles.push(article);
    });
    return groups.map(function (g) { return g.instrument + (g.articles.length ? ' ' + g.articles.join('、') : ''); }).join('；');
  }

  // ---- the model ----

  function pathString(path) {
    var s = '';
    path.forEach(function (p) { s += typeof p === 'number' ? '[' + p + ']' : (s === '' ? p : '.' + p); });
    return s;
  }

  function controlId(path) {
    return 'f-' + pathString(path).replace(/\./g, '__').replace(/\[(\d+)\]/g, '-$1');
  }

  function getIn(obj, path) {
    var v = obj;
    for (var i = 0; i < path.length; i++) {
      if (v === null || typeof v !== 'object') return undefined;
      v = v[path[i]];
    }
    return v;
  }

  function setIn(obj, path, value) {
    var v = obj;
    for (var i = 0; i < path.length - 1; i++) {
      if (v[path[i]] === null || typeof v[path[i]] !== 'object') v[path[i]] = typeof path[i + 1] === 'number' ? [] : {};
      v = v[path[i]];
    }
    v[path[path.length - 1]] = value;
  }

  function delIn(obj, path) {
    var parent = getIn(obj, path.slice(0, -1));
    if (parent && typeof parent === 'object' && !Array.isArray(parent)) delete parent[path[path.length - 1]];
  }

  /** A new dossier of a kind: every required field of it, empty, for the form and the text to ask for. */
  function template(k) {
    var model = { format: state.format.format, kind: k };
    fillRequired(model, state.format.root, k);
    model.format = state.format.format;
    model.kind = k;
    if (model.scope && typeof model.scope === 'object' && 'excluded' in model.scope) model.scope.excluded = 'none';
    return model;
  }

  function fillRequired(obj, shape, k) {
    shape = shape.type === 'per_kind' ? shape.by_kind[k] : shape;
    shape.fields.forEach(function (f) {
      if (f.required_for.indexOf(k) < 0 || f.allowed_for.indexOf(k) < 0 || f.unless) return;
      var s = f.shape.type === 'per_kind' ? f.shape.by_kind[k] : f.shape;
      if (s.type === 'object') {
        obj[f.key] = {};
        fillRequired(obj[f.key], s, k);
      } else if (s.type === 'list') {
        obj[f.key] = s.non_empty && s.item.type === 'object' ? [{}] : [];
        if (s.non_empty && s.item.type === 'object') fillRequired(obj[f.key][0], s.item, k);
      } else if (s.type === 'const') {
        obj[f.key] = s.value;
      } else {
        obj[f.key] = null;
      }
    });
  }

  // ---- the form ----

  function renderForm(focusId) {
    var form = $('form');
    var scrollTop = form.parentNode.scrollTop;
    state.controls = {};
    form.textContent = '';
    if (!state.model || typeof state.model !== 'object' || Array.isArray(state.model)) {
      state.model = {};
    }
    state.format.sections.forEach(function (section) {
      var fields = section.keys.map(rootField).filter(function (f) { return f && allowed(f); });
      if (!fields.length) return;
      var sec = el('section', { className: 'step-section', id: 'sec-' + section.id, 'aria-labelledby': 'sech-' + section.id });
      sec.appendChild(el('h3', { id: 'sech-' + section.id, text: state.lang === 'zh' ? section.zh : section.en }));
      fields.forEach(function (f) { sec.appendChild(renderField(f, [f.key], true)); });
      form.appendChild(sec);
    });
    var disabled = !state.readOk;
    Array.prototype.forEach.call(form.querySelectorAll('input, select, button, textarea'), function (c) {
      if (disabled) c.disabled = true;
    });
    form.classList.toggle('stale', disabled);
    form.parentNode.scrollTop = scrollTop;
    if (focusId && $(focusId)) $(focusId).focus();
  }

  function badge(field) {
    var k = kind() || 'major_decision';
    if (field.required_for.indexOf(k) < 0) return null;
    return el('span', { className: 'req', text: field.unless ? t('required-unless', { other: field.unless }) : t('required') });
  }

  function labelFor(id, field, extraClass) {
    return el('label', { 'for': id, className: 'field-label' + (extraClass ? ' ' + extraClass : '') },
      [el('span', { className: 'name', text: fieldLabel(field) }), ' ', el('code', { text: field.key }), ' ', badge(field)]);
  }

  function basisLine(field) {
    if (!field.step) return null;
    var text = basisText(field.step);
    return text ? el('p', { className: 'basis', text: t('basis') + colon() + text }) : null;
  }

  function register(id, info) {
    state.controls[id] = info;
  }

  function unknownBox(id, path, field, value) {
    if (!field.may_be_unknown) return null;
    var uid = id + '--unknown';
    register(uid, { kind: 'unknown', path: path, field: field });
    return el('span', { className: 'unknown' }, [
      el('input', { type: 'checkbox', id: uid, checked: isUnknown(value) }),
      el('label', { 'for': uid, text: t('unknown') })
    ]);
  }

  function renderField(field, path, root) {
    var shape = resolve(field.shape);
    var value = getIn(state.model, path);
    var id = controlId(path);
    var wrap = el('div', { className: 'field type-' + shape.type, 'data-path': pathString(path) });
    if (shape.type === 'object') return renderObject(field, shape, path, value, root);
    if (shape.type === 'list') return renderList(field, shape, path, value);
    var unknown = isUnknown(value);
    wrap.appendChild(labelFor(id, field));
    var control;
    if (shape.type === 'choice' || shape.type === 'bool') {
      control = el('select', { id: id });
      var options = [{ value: '', label: t('unset') }];
      var current = '';
      if (shape.type === 'bool') {
        options.push({ value: 'true', label: t('yes') }, { value: 'false', label: t('no') });
        current = value === true ? 'true' : value === false ? 'false' : '';
      } else {
        vocabulary(shape.vocabulary).forEach(function (term) { options.push({ value: term.code, label: termLabel(term), title: [term.code, termGloss(term)].filter(function (x) { return x; }).join('：') }); });
        current = typeof value === 'string' ? (codeOf(shape.vocabulary, value) || '') : '';
      }
      if (field.may_be_unknown) options.push({ value: '__unknown', label: t('unknown') });
      if (unknown) current = '__unknown';
      if (value !== undefined && value !== null && current === '') {
        options.push({ value: '__raw', label: t('invalid-value', { value: String(value) }) });
        current = '__raw';
      }
      options.forEach(function (o) {
        control.appendChild(el('option', { value: o.value, title: o.title || null, selected: o.value === current, text: o.label }));
      });
      register(id, { kind: shape.type, path: path, field: field, raw: value });
      wrap.appendChild(control);
      return wrap;
    }
    if (shape.type === 'date') {
      var isDate = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
      var odd = value !== undefined && value !== null && !isDate && !unknown;
      control = el('input', { type: odd ? 'text' : 'date', id: id, value: isDate || odd ? String(value) : null, disabled: unknown });
      if (isDate || odd) control.value = String(value);
      register(id, { kind: 'date', path: path, field: field });
    } else if (shape.type === 'count') {
      control = el('input', { type: 'number', min: '0', step: '1', inputmode: 'numeric', id: id, disabled: unknown });
      if (value !== undefined && value !== null && !unknown) control.value = String(value);
      register(id, { kind: 'count', path: path, field: field });
    } else if (shape.type === 'const') {
      control = el('input', { type: 'text', id: id, readonly: true });
      control.value = value === undefined || value === null ? shape.value : String(value);
      register(id, { kind: 'const', path: path, field: field, value: shape.value });
    } else {
      control = el('input', { type: shape.type === 'url' ? 'url' : 'text', id: id, disabled: unknown });
      if (value !== undefined && value !== null && !unknown) control.value = typeof value === 'object' ? JSON.stringify(value) : String(value);
      register(id, { kind: 'text', path: path, field: field });
    }
    wrap.appendChild(control);
    add(wrap, unknownBox(id, path, field, value));
    return wrap;
  }

  function renderObject(field, shape, path, value, root) {
    var id = controlId(path);
    var k = kind() || 'major_decision';
    var always = field.required_for.indexOf(k) >= 0;
    var box = el('fieldset', { className: 'group' + (field.step ? ' step' : ''), 'data-path': pathString(path), id: id + '--group' });
    box.appendChild(el('legend', {}, [el('span', { className: 'name', text: fieldLabel(field) }), ' ', el('code', { text: field.key }), ' ', badge(field)]));
    add(box, basisLine(field));
    var present = value !== null && typeof value === 'object' && !Array.isArray(value);
    if (!always) {
      var current = present ? 'done' : isUnknown(value) ? 'unknown' : value === undefined || value === null ? 'absent' : 'done';
      var states = field.may_be_unknown ? ['done', 'absent', 'unknown'] : ['done', 'absent'];
      var radios = el('div', { className: 'states', role: 'radiogroup', 'aria-label': t('step-state', { step: fieldLabel(field) }) });
      states.forEach(function (s) {
        var rid = id + '--' + s;
        register(rid, { kind: 'state', path: path, field: field, state: s });
        radios.appendChild(el('span', { className: 'state state-' + s }, [
          el('input', { type: 'radio', name: id + '--state', id: rid, value: s, checked: current === s }),
          el('label', { 'for': rid, text: t(s) })
        ]));
      });
      box.appendChild(radios);
      if (!present) {
        box.classList.add('collapsed');
        return box;
      }
    } else if (!present) {
      if (value === undefined || value === null) {
        setIn(state.model, path, {});
      }
    }
    var obj = getIn(state.model, path);
    if (obj === null || typeof obj !== 'object') return box;
    shape.fields.forEach(function (f) {
      if (!allowed(f)) return;
      box.appendChild(renderField(f, path.concat([f.key]), false));
    });
    return box;
  }

  function renderList(field, shape, path, value) {
    var id = controlId(path);
    var item = resolve(shape.item);
    var unknown = isUnknown(value);
    if (item.type === 'object') {
      var box = el('fieldset', { className: 'group list' + (field.step ? ' step' : ''), 'data-path': pathString(path), id: id + '--group' });
      box.appendChild(el('legend', {}, [el('span', { className: 'name', text: fieldLabel(field) }), ' ', el('code', { text: field.key }), ' ', badge(field)]));
      add(box, basisLine(field));
      add(box, unknownBox(id, path, field, value));
      if (Array.isArray(value)) {
        value.forEach(function (entry, i) {
          var ipath = path.concat([i]);
          var iid = controlId(ipath);
          var sub = el('fieldset', { className: 'item', 'data-path': pathString(ipath), id: iid + '--group' });
          var rid = iid + '--remove';
          register(rid, { kind: 'remove', path: ipath, field: field });
          sub.appendChild(el('legend', {}, [fieldLabel(field) + ' · ' + t('item', { n: i + 1 }), ' ',
            el('button', { type: 'button', className: 'small', id: rid, 'aria-label': t('remove') + ' ' + fieldLabel(field) + ' ' + t('item', { n: i + 1 }), text: t('remove') })]));
          if (entry !== null && typeof entry === 'object' && !Array.isArray(entry)) {
            item.fields.forEach(function (f) {
              if (allowed(f)) sub.appendChild(renderField(f, ipath.concat([f.key]), false));
            });
          }
          box.appendChild(sub);
        });
      }
      var aid = id + '--add';
      register(aid, { kind: 'add', path: path, field: field, item: item });
      box.appendChild(el('button', { type: 'button', className: 'small add', id: aid, disabled: unknown, text: t('add') + '：' + fieldLabel(field) }));
      return box;
    }
    if (item.type === 'choice') {
      var group = el('fieldset', { className: 'field choices', 'data-path': pathString(path), id: id + '--group' });
      group.appendChild(el('legend', {}, [el('span', { className: 'name', text: fieldLabel(field) }), ' ', el('code', { text: field.key }), ' ', badge(field),
        ' ', el('span', { className: 'hint', text: t('list-choice') })]));
      var chosen = Array.isArray(value) ? value.map(function (v) { return codeOf(item.vocabulary, v) || v; }) : [];
      vocabulary(item.vocabulary).forEach(function (term) {
        var cid = id + '--' + term.code;
        register(cid, { kind: 'choice-item', path: path, field: field, code: term.code, vocabulary: item.vocabulary });
        group.appendChild(el('span', { className: 'choice' }, [
          el('input', { type: 'checkbox', id: cid, checked: chosen.indexOf(term.code) >= 0, disabled: unknown }),
          el('label', { 'for': cid, title: termGloss(term) || null, text: state.lang === 'zh' ? term.zh : term.en })
        ]));
      });
      add(group, unknownBox(id, path, field, value));
      return group;
    }
    var wrap = el('div', { className: 'field type-list', 'data-path': pathString(path) });
    wrap.appendChild(labelFor(id, field));
    var input = el('input', { type: 'text', id: id, disabled: unknown, placeholder: t('list-hint') });
    if (Array.isArray(value)) input.value = value.join(state.lang === 'zh' ? '、' : ', ');
    register(id, { kind: 'list-text', path: path, field: field });
    wrap.appendChild(input);
    add(wrap, unknownBox(id, path, field, value));
    return wrap;
  }

  function onFormEvent(e) {
    var target = e.target;
    var info = state.controls[target.id];
    if (!info || !state.readOk) return;
    var path = info.path;
    var key = pathString(path);
    var structural = false;
    var focusId = target.id;
    switch (info.kind) {
      case 'text':
      case 'date':
        if (e.type === 'input' && info.kind === 'date' && target.type === 'date') return; // a date is taken when it is whole (change)
        if (target.value.trim() === '') delIn(state.model, path);
        else setIn(state.model, path, target.value.trim());
        break;
      case 'count':
        var n = target.value.trim();
        if (n === '') delIn(state.model, path);
        else setIn(state.model, path, /^\d+$/.test(n) ? Number(n) : n);
        break;
      case 'const':
        return;
      case 'bool':
      case 'choice':
        if (e.type !== 'change') return;
        var v = target.value;
        if (v === '') delIn(state.model, path);
        else if (v === '__unknown') setIn(state.model, path, 'unknown');
        else if (v === '__raw') setIn(state.model, path, info.raw);
        else setIn(state.model, path, info.kind === 'bool' ? v === 'true' : v);
        if (info.kind === 'choice' && path.length === 1 && path[0] === 'kind') {
          kindChanged();
          structural = true;
        }
        break;
      case 'list-text':
        var items = target.value.split(/[,，、;；\n]+/).map(function (s) { return s.trim(); }).filter(function (s) { return s; });
        if (!items.length && info.field.required_for.indexOf(kind()) < 0) delIn(state.model, path);
        else setIn(state.model, path, items);
        break;
      case 'choice-item':
        if (e.type !== 'change') return;
        var list = getIn(state.model, path);
        list = Array.isArray(list) ? list.slice() : [];
        list = list.filter(function (x) { return (codeOf(info.vocabulary, x) || x) !== info.code; });
        if (target.checked) list.push(info.code);
        if (!list.length && info.field.required_for.indexOf(kind()) < 0) delIn(state.model, path);
        else setIn(state.model, path, list);
        break;
      case 'unknown':
        if (e.type !== 'change') return;
        if (target.checked) {
          var before = getIn(state.model, path);
          if (before !== undefined && !isUnknown(before)) state.remembered[key] = clone(before);
          setIn(state.model, path, 'unknown');
        } else if (state.remembered[key] !== undefined) {
          setIn(state.model, path, clone(state.remembered[key]));
        } else {
          delIn(state.model, path);
        }
        structural = true;
        break;
      case 'state':
        if (e.type !== 'change' || !target.checked) return;
        var was = getIn(state.model, path);
        if (was !== null && typeof was === 'object') state.remembered[key] = clone(was);
        if (info.state === 'done') {
          var back = state.remembered[key];
          setIn(state.model, path, back && typeof back === 'object' ? clone(back) : newObject(info.field));
        } else if (info.state === 'unknown') {
          setIn(state.model, path, 'unknown');
        } else {
          delIn(state.model, path);
        }
        structural = true;
        break;
      default:
        return;
    }
    modelChanged(structural, focusId);
  }

  function newObject(field) {
    var obj = {};
    var shape = resolve(field.shape);
    if (shape.type === 'object') fillRequired(obj, shape, kind() || 'major_decision');
    return obj;
  }

  function onFormClick(e) {
    var target = e.target;
    var info = state.controls[target.id];
    if (!info || !state.readOk) return;
    if (info.kind === 'add') {
      var list = getIn(state.model, info.path);
      list = Array.isArray(list) ? list : [];
      var obj = {};
      fillRequired(obj, info.item, kind() || 'major_decision');
      list.push(obj);
      setIn(state.model, info.path, list);
      modelChanged(true, null);
      var firstOf = document.querySelector('[data-path="' + pathString(info.path.concat([list.length - 1])) + '"] input, [data-path="' + pathString(info.path.concat([list.length - 1])) + '"] select');
      if (firstOf) firstOf.focus();
    } else if (info.kind === 'remove') {
      var parent = getIn(state.model, info.path.slice(0, -1));
      if (Array.isArray(parent)) parent.splice(info.path[info.path.length - 1], 1);
      modelChanged(true, controlId(info.path.slice(0, -1)) + '--add');
    }
  }

  /** A new kind: the root fields it does not allow go, and its scope is its own. */
  function kindChanged() {
    var k = kind();
    if (!k) return;
    var removed = false;
    state.format.root.fields.forEach(function (f) {
      if (f.allowed_for.indexOf(k) < 0 && f.key in state.model) {
        delete state.model[f.key];
        removed = true;
      }
    });
    var fresh = template(k);
    Object.keys(fresh).forEach(function (key) {
      if (!(key in state.model)) state.model[key] = fresh[key];
    });
    if (state.model.scope && typeof state.model.scope === 'object') {
      var scopeShape = rootField('scope').shape.by_kind[k];
      var ok = Object.keys(state.model.scope).every(function (key) { return scopeShape.fields.some(function (f) { return f.key === key; }); });
      if (!ok) {
        state.model.scope = fresh.scope || { excluded: 'none' };
        removed = true;
      }
    }
    if (removed) {
      var term = vocabulary('Kind').filter(function (x) { return x.code === k; })[0];
      notice(t('kind-change', { kind: state.lang === 'zh' ? term.zh : term.en }));
    }
  }

  function modelChanged(structural, focusId) {
    writeText(JueceYaml.emit(state.model, orderOf));
    state.source.edited = true;
    if (structural) renderForm(focusId);
    schedule(false);
  }

  // ---- the text ----

  function writeText(text) {
    $('yaml').value = text;
    updateGutter();
  }

  function updateGutter(mark) {
    var lines = $('yaml').value.split('\n').length;
    var g = $('gutter');
    g.textContent = '';
    for (var i = 1; i <= lines; i++) {
      g.appendChild(el('span', { className: i === mark ? 'mark' : null, text: String(i) }));
      g.appendChild(document.createTextNode('\n'));
    }
    g.scrollTop = $('yaml').scrollTop;
    $('print-yaml').textContent = $('yaml').value;
  }

  function showLine(line) {
    var ta = $('yaml');
    var text = ta.value;
    var start = 0;
    for (var i = 1; i < line && start >= 0; i++) start = text.indexOf('\n', start) + 1;
    if (start < 0) start = text.length;
    var end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    var lineHeight = parseFloat(window.getComputedStyle(ta).lineHeight) || 20;
    ta.scrollTop = Math.max(0, (line - 4) * lineHeight);
    ta.setSelectionRange(start, end);
    updateGutter(line);
  }

  // ---- requests ----

  function query(extra) {
    var q = ['lang=' + state.lang];
    var asOf = $('as-of').value;
    if (asOf) q.push('as_of=' + asOf);
    if ($('profile').value) q.push('profile=' + encodeURIComponent($('profile').value));
    if ($('gate').value) q.push('gate=' + $('gate').value);
    return q.concat(extra || []).join('&');
  }

  /** The body of a check: the file as opened while it is unedited (a zip with its evidence), else the text. */
  function body(forParse) {
    var s = state.source;
    var text = $('yaml').value;
    if (s.type === 'zip' && !s.edited) {
      return { data: s.zip, type: 'application/zip' };
    }
    if (s.type === 'zip' && !forParse) {
      var fd = new FormData();
      fd.append('dossier', new Blob([text], { type: 'application/yaml' }), s.name);
      s.files.forEach(function (f) { fd.append(f.path, f.blob, f.path.split('/').pop()); });
      return { data: fd, type: null };
    }
    if (s.type === 'raw' && !s.edited) {
      return { data: s.raw, type: 'application/yaml', name: s.name };
    }
    return { data: new Blob([text]), type: 'application/yaml; charset=utf-8', name: s.name };
  }

  function post(path, b, extra) {
    var params = extra || [];
    if (b.name) params = params.concat(['name=' + encodeURIComponent(b.name)]);
    var init = { method: 'POST', body: b.data, headers: {} };
    if (b.type) init.headers['Content-Type'] = b.type;
    // a parse takes no check's settings: only the language of its messages and the file's name
    var q = path === '/v1/parse' ? ['lang=' + state.lang].concat(params).join('&') : query(params);
    return fetch(path + '?' + q, init);
  }

  function problemText(response) {
    return response.text().then(function (text) {
      try {
        var p = JSON.parse(text);
        var more = (p.errors || []).map(function (e) { return e.detail; }).filter(function (d) { return d && d !== p.detail; });
        return (p.detail || p.title || text) + (more.length ? '（' + more.join('；') + '）' : '');
      } catch (err) {
        return text;
      }
    });
  }

  function schedule(now) {
    clearTimeout(state.timer);
    if (now) run();
    else state.timer = setTimeout(run, DEBOUNCE_MS);
  }

  function run() {
    clearTimeout(state.timer);
    var seq = ++state.seq;
    var result = $('result');
    result.setAttribute('aria-busy', 'true');
    var current = function () { return seq === state.seq; };
    var b = body(false);
    var jobs = [
      parse(current),
      post('/v1/check', b, ['format=json']).then(function (r) {
        if (!r.ok) return problemText(r).then(function (m) { if (current()) showError(t('server-error', { status: r.status, message: m })); });
        return r.json().then(function (report) { if (current()) showReport(report); });
      }),
      post('/v1/timeline', b).then(function (r) {
        return r.ok ? r.json().then(function (tl) { if (current()) showTimeline(tl); }) : null;
      }),
      post('/v1/plan', b, ['format=json']).then(function (r) {
        if (!current()) return null;
        if (r.status === 501 || r.status === 404) {
          showPlanUnavailable();
          return null;
        }
        if (!r.ok) return problemText(r).then(function (m) { if (current()) showPlanError(m); });
        return r.json().then(function (plan) { if (current()) showPlan(plan); });
      })
    ];
    return Promise.all(jobs.map(function (j) {
      return j.catch(function (err) { if (current()) showError(t('network', { message: err.message })); });
    })).then(function () {
      if (current()) {
        markFields();
        result.setAttribute('data-checked', String(Number(result.getAttribute('data-checked') || 0) + 1));
        result.setAttribute('aria-busy', 'false');
      }
    });
  }

  /** Reads the dossier with the server's reader: its positions (for findings), and the form's tree when the text was edited. */
  function parse(current) {
    var b = body(true);
    return post('/v1/parse', b).then(function (r) {
      if (!r.ok) return null;
      return r.json().then(function (p) {
        if (!current()) return;
        state.positions = p.positions || {};
        state.problems = p.problems || [];
        if (p.tree && typeof p.tree === 'object' && !Array.isArray(p.tree)) {
          var fromText = state.textEdited;
          state.readOk = true;
          if (fromText || !state.model) {
            state.model = p.tree;
            state.textEdited = false;
            renderForm(null);
          } else if ($('form').classList.contains('stale')) {
            renderForm(null);
          }
          if ($('notice').textContent === t('yaml-broken')) notice('');
        } else if (state.textEdited || !state.model) {
          state.readOk = false;
          renderForm(null);
          notice(t('yaml-broken'));
        }
      });
    });
  }

  // ---- results ----

  function showError(message) {
    var result = $('result');
    result.textContent = '';
    result.setAttribute('data-status', 'invalid');
    result.appendChild(el('p', { className: 'error-message', role: 'alert', text: message }));
  }

  function showReport(report) {
    state.lastReport = report;
    var result = $('result');
    result.textContent = '';
    var first = report.dossiers[0];
    result.setAttribute('data-status', first ? first.status : 'invalid');
    var s = report.summary;
    report.dossiers.forEach(function (d, index) {
      var block = el('div', { className: 'dossier status-' + d.status, 'data-status': d.status, 'data-file': d.file });
      var count = { error: 0, warning: 0, info: 0, waived: 0 };
      d.findings.forEach(function (f) { if (f.waived) count.waived++; else count[f.severity]++; });
      // a dossier that passes with warnings is not shown as clean: amber, and the words say why
      var shown = d.status === 'pass' && (count.error || count.warning) ? 'pass-warnings' : d.status;
      var heading = el('p', { className: 'dossier-head' }, [
        el('span', { className: 'status status-' + shown, text: t('status.' + shown) }), ' ',
        el('span', { className: 'dossier-id', text: [d.id, d.title].filter(function (x) { return x; }).join(' ') || d.file })
      ]);
      block.appendChild(heading);
      block.appendChild(el('p', { className: 'summary', text: t('summary', count) }));
      if (!d.findings.length) {
        block.appendChild(el('p', { className: 'clean', text: t('no-findings') }));
      } else {
        var list = el('ol', { className: 'findings', 'aria-label': t('findings.label') });
        d.findings.forEach(function (f) { list.appendChild(finding(f, index === 0)); });
        block.appendChild(list);
      }
      result.appendChild(block);
    });
    if (!report.dossiers.length) result.appendChild(el('p', { text: t('no-findings') }));
    $('dossier-name').textContent = first ? [first.id, first.title].filter(function (x) { return x; }).join(' ') : '';
    void s;
  }

  function finding(f, inForm) {
    var li = el('li', { className: 'finding severity-' + f.severity + (f.waived ? ' waived' : ''), 'data-rule': f.rule, 'data-severity': f.severity });
    var where = f.line ? t('line', { line: f.line }) : '';
    var go = el('button', { type: 'button', className: 'goto', title: f.line ? t('goto', { line: f.line }) : null }, [
      el('span', { className: 'sev sev-' + f.severity, text: t('severity.' + f.severity) }), ' ',
      el('code', { className: 'rule', text: f.rule }), ' ',
      f.waived ? el('span', { className: 'waived-tag', text: t('waived') }) : null, f.waived ? ' ' : null,
      el('span', { className: 'message', text: f.message }), ' ',
      where ? el('span', { className: 'where', text: where }) : null
    ]);
    if (inForm) go.addEventListener('click', function () { goTo(f); });
    li.appendChild(go);
    var details = el('div', { className: 'article', hidden: true });
    var toggle = el('button', { type: 'button', className: 'small article-toggle', 'aria-expanded': 'false', text: t('article') });
    toggle.addEventListener('click', function () { toggleArticle(f.rule, toggle, details); });
    li.appendChild(el('p', { className: 'basis-line' }, [f.basis ? el('span', { className: 'basis', text: f.basis }) : null, ' ', toggle]));
    if (f.waived && f.waiver) li.appendChild(el('p', { className: 'waiver', text: f.waiver.reason || '' }));
    li.appendChild(details);
    return li;
  }

  function toggleArticle(rule, toggle, details) {
    if (!details.hidden) {
      details.hidden = true;
      toggle.setAttribute('aria-expanded', 'false');
      toggle.textContent = t('article');
      return;
    }
    details.hidden = false;
    toggle.setAttribute('aria-expanded', 'true');
    toggle.textContent = t('article.hide');
    if (details.getAttribute('data-loaded') === state.lang) return;
    details.textContent = t('article.loading');
    fetch('/v1/rules/' + rule + '?lang=' + state.lang).then(function (r) { return r.json(); }).then(function (x) {
      details.textContent = '';
      details.setAttribute('data-loaded', state.lang);
      details.appendChild(el('p', { className: 'rule-title', text: x.title }));
      if (x.purpose) details.appendChild(el('p', {}, [el('strong', { text: t('purpose') + colon() }), x.purpose]));
      (x.articles || []).forEach(function (a) {
        details.appendChild(el('p', { className: 'instrument', text: '《' + a.instrument + '》' + (a.number ? '（' + a.number + '）' : '') }));
        if (a.text) details.appendChild(el('blockquote', { text: a.text }));
        else if (a.note) details.appendChild(el('p', { className: 'hint', text: a.note }));
      });
      if (x.how_to_comply) details.appendChild(el('p', {}, [el('strong', { text: t('comply') + colon() }), x.how_to_comply]));
    }).catch(function (err) {
      details.textContent = t('network', { message: err.message });
    });
  }

  /** The path a finding names: its own, else the deepest path standing at its line and column. */
  function pathOf(f) {
    if (f.path) return f.path;
    var best = null;
    var bestCol = -1;
    Object.keys(state.positions).forEach(function (p) {
      var pos = state.positions[p];
      if (pos[0] === f.line && pos[1] <= (f.column || 1) && pos[1] >= bestCol) {
        if (pos[1] > bestCol || (best !== null && p.length > best.length)) {
          best = p;
          bestCol = pos[1];
        }
      }
    });
    return best;
  }

  function fieldElement(path) {
    var p = path;
    while (p) {
      var e = document.querySelector('#form [data-path="' + p.replace(/"/g, '\\"') + '"]');
      if (e) return e;
      var cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      p = cut > 0 ? p.slice(0, cut) : '';
    }
    return null;
  }

  function goTo(f) {
    var path = pathOf(f);
    var target = path ? fieldElement(path) : null;
    if (!target && f.step) target = document.getElementById('sec-' + f.step);
    if (f.line) showLine(f.line);
    if (target) {
      var y = window.pageYOffset;
      target.scrollIntoView({ block: 'center' });
      window.scrollTo(0, y); // the form's pane scrolls, not the page
      target.classList.add('flash');
      setTimeout(function () { target.classList.remove('flash'); }, 1600);
      var control = target.querySelector('input:not([disabled]), select:not([disabled]), button:not([disabled])');
      if (control) control.focus();
    }
  }

  /** Marks the fields that findings name, by their worst severity. */
  function markFields() {
    Array.prototype.forEach.call(document.querySelectorAll('#form [data-flag]'), function (e) { e.removeAttribute('data-flag'); });
    var report = state.lastReport;
    if (!report || !report.dossiers[0]) return;
    var rank = { error: 3, warning: 2, info: 1 };
    report.dossiers[0].findings.forEach(function (f) {
      if (f.waived) return;
      var p = pathOf(f);
      var e = p ? fieldElement(p) : null;
      if (!e) return;
      var had = e.getAttribute('data-flag');
      if (!had || rank[had] < rank[f.severity]) e.setAttribute('data-flag', f.severity);
    });
  }

  function showTimeline(tl) {
    var box = $('timeline');
    box.textContent = '';
    var shown = false;
    tl.dossiers.forEach(function (d) {
      if (!d.svg) return;
      var figure = el('figure', { className: 'timeline-figure' });
      if (tl.dossiers.length > 1) figure.appendChild(el('figcaption', { text: d.id || d.file }));
      var holder = el('div', { className: 'svg-holder' });
      // the SVG is the HTML report's: drawn by juece, every dossier text in it escaped, no script
      holder.innerHTML = d.svg;
      figure.appendChild(holder);
      box.appendChild(figure);
      shown = true;
    });
    if (!shown) box.appendChild(el('p', { className: 'hint', text: t('timeline.none') }));
  }

  // ---- the plan (SPEC §9) ----

  function showPlanUnavailable() {
    var box = $('plan');
    box.textContent = '';
    box.setAttribute('data-plan', 'unavailable');
    box.appendChild(el('p', { className: 'hint', text: t('plan.unavailable') }));
  }

  function showPlanError(message) {
    var box = $('plan');
    box.textContent = '';
    box.setAttribute('data-plan', 'error');
    box.appendChild(el('p', { className: 'hint', text: t('plan.error', { message: message }) }));
  }

  function showPlan(plan) {
    var box = $('plan');
    box.textContent = '';
    box.setAttribute('data-plan', 'ready');
    var order = { missed: 0, open: 1, unknown: 2, met: 3 };
    (plan.dossiers || []).forEach(function (d) {
      if (plan.dossiers.length > 1) box.appendChild(el('h3', { text: d.id || d.file }));
      var duties = (d.duties || []).slice().sort(function (a, b) {
        return (order[a.status] - order[b.status]) || String(a.date).localeCompare(String(b.date));
      });
      if (!duties.length) {
        box.appendChild(el('p', { className: 'hint', text: t('plan.none') }));
      } else {
        // a list, not a table: the results pane is narrow on a laptop
        var list = el('ul', { className: 'duties' });
        duties.forEach(function (u) {
          list.appendChild(el('li', { className: 'duty duty-' + u.status, 'data-duty': u.duty, 'data-duty-status': u.status }, [
            el('p', { className: 'duty-head' }, [
              el('span', { className: 'duty-status duty-status-' + u.status, text: t('duty.' + u.status) }), ' ',
              el('span', { className: 'date', text: (u.bound ? t('bound.' + u.bound) + ' ' : '') + (u.date || '—') }), ' ',
              el('code', { text: u.duty })
            ]),
            u.message ? el('p', { className: 'duty-message', text: u.message }) : null,
            u.basis ? el('p', { className: 'basis', text: t('plan.basis') + colon() + u.basis }) : null
          ]));
        });
        box.appendChild(list);
      }
      if (d.steps && d.steps.length) {
        var steps = el('ul', { className: 'plan-steps', 'aria-label': t('plan.steps') });
        d.steps.forEach(function (s) {
          var term = vocabulary('Step').filter(function (x) { return x.code === s.step; })[0];
          steps.appendChild(el('li', { className: 'plan-step step-' + s.status }, [
            el('span', { className: 'step-name', text: term ? (state.lang === 'zh' ? term.zh : term.en) : s.step }), '：',
            el('span', { className: 'step-status', text: t('step.' + s.status) }),
            s.reason ? el('span', { className: 'hint', text: ' — ' + s.reason }) : null
          ]));
        });
        box.appendChild(steps);
      }
    });
  }

  // ---- files ----

  function openFile(file) {
    if (!file) return;
    var zip = /\.zip$/i.test(file.name) || file.type === 'application/zip' || file.type === 'application/x-zip-compressed';
    var read = file.arrayBuffer ? file.arrayBuffer() : new Response(file).arrayBuffer();
    read.then(function (buffer) {
      notice('');
      if (zip) return openZip(file, buffer);
      var bytes = new Uint8Array(buffer);
      var text = null;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        if (text.indexOf('\u0000') >= 0) text = null;
      } catch (err) {
        text = null;
      }
      state.source = { type: 'raw', name: file.name, raw: new Blob([buffer]), edited: false };
      state.remembered = {};
      writeText(text === null ? '' : text.replace(/^\ufeff/, ''));
      state.textEdited = true;
      state.model = null;
      notice(text === null ? t('not-text') : t('opened', { file: file.name }));
      schedule(true);
    });
  }

  function openZip(file, buffer) {
    var zipBlob = new Blob([buffer], { type: 'application/zip' });
    return fetch('/v1/parse?lang=' + state.lang, { method: 'POST', body: zipBlob, headers: { 'Content-Type': 'application/zip' } }).then(function (r) {
      if (!r.ok) {
        return problemText(r).then(function (m) {
          state.source = { type: 'text', name: file.name, edited: true };
          showError(m);
          notice(m);
        });
      }
      return r.json().then(function (p) {
        state.source = {
          type: 'zip', name: p.file, zip: zipBlob, edited: false, zipName: file.name,
          files: (p.files || []).map(function (f) {
            var raw = atob(f.base64);
            var bytes = new Uint8Array(raw.length);
            for (var i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
            return { path: f.path, blob: new Blob([bytes]) };
          })
        };
        state.remembered = {};
        writeText(p.text || '');
        state.textEdited = true;
        state.model = null;
        var message = t('zip-opened', { zip: file.name, file: p.file, count: (p.files || []).length });
        if (p.dossiers && p.dossiers.length > 1) message += ' ' + t('zip-several', { n: p.dossiers.length });
        notice(message);
        schedule(true);
      });
    });
  }

  function newDossier(k) {
    state.source = { type: 'text', name: 'dossier.yaml', edited: true };
    state.remembered = {};
    state.model = template(k);
    state.readOk = true;
    state.textEdited = false;
    writeText(JueceYaml.emit(state.model, orderOf));
    renderForm(null);
    notice('');
    schedule(true);
  }

  function download(blob, name) {
    var a = el('a', { href: URL.createObjectURL(blob), download: name, className: 'hidden-link' });
    document.body.appendChild(a);
    a.click();
    setTimeout(function () {
      URL.revokeObjectURL(a.href);
      a.parentNode.removeChild(a);
    }, 1000);
  }

  function dossierFileName() {
    var id = state.model && typeof state.model.id === 'string' && state.model.id.trim();
    if (id) return id.replace(/[\\/:*?"<>|\s]+/g, '_') + '.yaml';
    var name = state.source.name || 'dossier.yaml';
    name = name.split('/').pop();
    return /\.ya?ml$/i.test(name) ? name : 'dossier.yaml';
  }

  var EXTENSIONS = { json: 'json', sarif: 'sarif', junit: 'xml', csv: 'csv', xlsx: 'xlsx', md: 'md', html: 'html', text: 'txt' };

  function downloadReport() {
    var format = $('report-format').value;
    post('/v1/check', body(false), ['format=' + format]).then(function (r) {
      if (!r.ok) return problemText(r).then(function (m) { notice(t('server-error', { status: r.status, message: m })); });
      return r.blob().then(function (b) {
        var name = 'juece-report.' + EXTENSIONS[format];
        download(b, name);
        notice(t('downloaded', { file: name }));
      });
    }).catch(function (err) { notice(t('network', { message: err.message })); });
  }

  // ---- language ----

  function applyLanguage() {
    document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('title') + ' — juece';
    Array.prototype.forEach.call(document.querySelectorAll('[data-i18n]'), function (e) {
      e.textContent = t(e.getAttribute('data-i18n'));
    });
    Array.prototype.forEach.call(document.querySelectorAll('[data-i18n-label]'), function (e) {
      e.setAttribute('aria-label', t(e.getAttribute('data-i18n-label')));
    });
    var sw = $('lang-switch');
    sw.textContent = state.lang === 'zh' ? 'English' : '中文';
    sw.setAttribute('lang', state.lang === 'zh' ? 'en' : 'zh-CN');
    $('open-file').setAttribute('aria-label', t('file-input'));
    fit();
  }

  function setLanguage(lang) {
    state.lang = lang;
    try {
      window.localStorage.setItem(LANG_KEY, lang);
    } catch (err) {
      // a browser that keeps nothing (private mode) still switches
    }
    applyLanguage();
    if (state.format) {
      renderForm(null);
      schedule(true);
    }
  }

  // ---- start ----

  function today() {
    var d = new Date();
    var pad = function (n) { return (n < 10 ? '0' : '') + n; };
    return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate());
  }

  function start() {
    try {
      var saved = window.localStorage.getItem(LANG_KEY);
      if (saved === 'en' || saved === 'zh') state.lang = saved;
    } catch (err) {
      // no storage: Chinese
    }
    applyLanguage();
    fit();
    window.addEventListener('resize', fit);
    $('as-of').value = today();
    var form = $('form');
    form.addEventListener('input', onFormEvent);
    form.addEventListener('change', onFormEvent);
    form.addEventListener('click', onFormClick);
    form.addEventListener('submit', function (e) { e.preventDefault(); });
    $('yaml').addEventListener('input', function () {
      state.source.edited = true;
      state.textEdited = true;
      updateGutter();
      schedule(false);
    });
    $('yaml').addEventListener('scroll', function () { $('gutter').scrollTop = $('yaml').scrollTop; });
    $('open-file').addEventListener('change', function (e) {
      openFile(e.target.files[0]);
      e.target.value = '';
    });
    ['as-of', 'profile', 'gate'].forEach(function (id) { $(id).addEventListener('change', function () { schedule(true); }); });
    document.addEventListener('click', function (e) {
      var action = e.target.closest ? e.target.closest('[data-action]') : null;
      if (!action) return;
      var name = action.getAttribute('data-action');
      if (name === 'check') schedule(true);
      else if (name === 'lang') setLanguage(state.lang === 'zh' ? 'en' : 'zh');
      else if (name === 'new') newDossier(action.getAttribute('data-kind'));
      else if (name === 'download-yaml') {
        var fileName = dossierFileName();
        download(new Blob([$('yaml').value], { type: 'application/yaml;charset=utf-8' }), fileName);
        notice(t('downloaded', { file: fileName }));
      } else if (name === 'download-report') downloadReport();
    });
    fetch('/v1/profiles').then(function (r) { return r.json(); }).then(function (p) {
      var select = $('profile');
      select.textContent = '';
      select.appendChild(el('option', { value: '', text: 'national' }));
      p.profiles.forEach(function (x) {
        if (x.name !== 'national') select.appendChild(el('option', { value: x.name, title: x.title, text: x.name + ' — ' + x.title }));
      });
      if (p['default']) select.value = p['default'];
    }).catch(function () { /* the national profile stays */ });
    fetch('/v1/format').then(function (r) { return r.json(); }).then(function (format) {
      state.format = format;
      newDossier('major_decision');
    }).catch(function (err) {
      showError(t('network', { message: err.message }));
    });
  }

  window.JueceWorkbench = {
    state: state,
    emit: function (model) { return JueceYaml.emit(model, orderOf); },
    template: function (k) { return template(k); }
  };

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
